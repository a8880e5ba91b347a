package org.cctrainer.backend.stream;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.cctrainer.backend.RunningTrainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The wallboard stream")
class StreamTest {
    private static RunningTrainer trainer;

    @BeforeAll
    static void start() throws Exception {
        trainer = RunningTrainer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        trainer.close();
    }

    @Test
    @DisplayName("a viewer gets the whole state first, then ticks with increasing seq and moving time")
    void snapshotThenTicks() throws Exception {
        String id = trainer.startExercise("free-practice", 60).getString("id");
        try (TestViewer viewer = TestViewer.connect(trainer, id)) {
            JsonObject snapshot = viewer.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertEquals(id, snapshot.getString("exercise"));
            JsonObject kpis = snapshot.getJsonObject("kpis");
            assertEquals(4, kpis.getJsonArray("queues").size());
            assertEquals(60, kpis.getJsonArray("agents").size());
            assertEquals("free-practice", snapshot.getJsonObject("scenario").getString("id"));
            assertNotNull(snapshot.getJsonArray("history"));
            long seq = snapshot.getLong("seq");
            double t = snapshot.getDouble("t");
            for (int i = 0; i < 6; i++) {
                JsonObject message = viewer.next();
                assertTrue(message.getLong("seq") > seq, "seq increases: " + message.getLong("seq") + " after " + seq);
                seq = message.getLong("seq");
                assertEquals(id, message.getString("exercise"));
                assertTrue(message.getDouble("t") >= t);
                t = message.getDouble("t");
                if (message.getString("type").equals("tick")) {
                    JsonArray queues = message.getJsonObject("kpis").getJsonArray("queues");
                    assertEquals("billing", queues.getJsonObject(0).getString("id"));
                    assertTrue(queues.getJsonObject(0).containsKey("longestWaitSeconds"));
                }
            }
            assertTrue(t > snapshot.getDouble("t"), "virtual time advanced");
        }
    }

    @Test
    @DisplayName("pausing stops the clock and is announced; resuming and speed changes are announced too")
    void pauseResumeSpeed() throws Exception {
        String id = trainer.startExercise("free-practice", 10).getString("id");
        try (TestViewer viewer = TestViewer.connect(trainer, id)) {
            viewer.next("snapshot");
            trainer.call(POST, "/api/exercises/" + id + "/pause", null);
            JsonObject paused = viewer.next("event");
            assertEquals("exercise-paused", paused.getString("kind"));
            JsonObject tick = viewer.next("tick");
            assertEquals("paused", tick.getString("state"));
            JsonObject later = viewer.next("tick");
            assertEquals(tick.getDouble("t"), later.getDouble("t"), 1e-9, "time stands still while paused");

            trainer.call(POST, "/api/exercises/" + id + "/speed", "{\"speed\":45}");
            JsonObject speed = viewer.next("event");
            assertEquals("speed-changed", speed.getString("kind"));
            assertEquals(45.0, speed.getJsonObject("detail").getDouble("speed"));
            trainer.call(POST, "/api/exercises/" + id + "/resume", null);
            assertEquals("exercise-resumed", viewer.next("event").getString("kind"));
            JsonObject running = viewer.next("tick");
            assertEquals("running", running.getString("state"));
            assertEquals(45.0, running.getDouble("speed"));
        }
    }

    @Test
    @DisplayName("stopping the exercise tells its viewers, then closes their sockets")
    void stopClosesViewers() throws Exception {
        String id = trainer.startExercise("free-practice", 10).getString("id");
        TestViewer viewer = TestViewer.connect(trainer, id);
        viewer.next("snapshot");
        trainer.call(POST, "/api/exercises/" + id + "/stop", null);
        assertEquals("exercise-stopped", viewer.next("event").getString("kind"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (viewer.closeStatus == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals((short) 1000, viewer.closeStatus);
    }

    @Test
    @DisplayName("a viewer that reconnects starts again from a fresh snapshot")
    void reconnect() throws Exception {
        String id = trainer.startExercise("free-practice", 60).getString("id");
        long lastSeq;
        try (TestViewer first = TestViewer.connect(trainer, id)) {
            first.next("snapshot");
            lastSeq = first.next("tick").getLong("seq");
        }
        try (TestViewer again = TestViewer.connect(trainer, id)) {
            JsonObject snapshot = again.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertTrue(snapshot.getLong("seq") >= lastSeq);
        }
    }

    @Test
    @DisplayName("a viewer that never reads does not slow the exercise or anyone else; it loses ticks, then is let go")
    void stuckClientDoesNotStallOthers() throws Exception {
        String id = trainer.startExercise("free-practice", 60).getString("id");
        double skippedBefore = skipped();
        double closedBefore = metric("cctrainer_websocket_slow_clients_closed_total");
        StuckClient stuck = new StuckClient(trainer.port, trainer.streamUri(id, null));
        try (TestViewer normal = TestViewer.connect(trainer, id)) {
            normal.next("snapshot");
            long start = System.nanoTime();
            int ticks = 0;
            double firstT = Double.NaN;
            double lastT = Double.NaN;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8)) {
                JsonObject message = normal.next();
                if (message.getString("type").equals("tick")) {
                    ticks++;
                    firstT = Double.isNaN(firstT) ? message.getDouble("t") : firstT;
                    lastT = message.getDouble("t");
                }
            }
            assertTrue(ticks >= 24, "the normal viewer kept receiving ticks (~4 a second): " + ticks + " in 8 s");
            assertTrue(lastT - firstT > 60 * 6, "the exercise kept its pace: " + (lastT - firstT) + " s of virtual time");
        }
        // It never reads, so it cannot see a close frame: the server's own count says it was let go.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (metric("cctrainer_websocket_slow_clients_closed_total") <= closedBefore && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(skipped() > skippedBefore, "ticks were skipped for the stuck viewer");
        assertTrue(metric("cctrainer_websocket_slow_clients_closed_total") > closedBefore,
                "the stuck viewer was disconnected so it can reconnect to a fresh snapshot");
        stuck.close();
    }

    @Test
    @DisplayName("malformed, unknown and binary frames get an error reply and the stream goes on")
    void badFrames() throws Exception {
        String id = trainer.startExercise("free-practice", 10).getString("id");
        try (TestViewer viewer = TestViewer.connect(trainer, id)) {
            viewer.next("snapshot");
            viewer.send("this is not json");
            assertEquals("malformed-json", viewer.next("error").getString("code"));
            viewer.send("{\"type\":\"take-over-the-centre\"}");
            JsonObject unknown = viewer.next("error");
            assertEquals("unknown-type", unknown.getString("code"));
            assertEquals(id, unknown.getString("exercise"));
            viewer.send("{\"id\":1}");
            assertEquals("missing-type", viewer.next("error").getString("code"));
            viewer.socket.writeBinaryMessage(Buffer.buffer(new byte[] {1, 2, 3}));
            assertEquals("binary-frame", viewer.next("error").getString("code"));
            viewer.send("{\"type\":\"ping\",\"id\":7}");
            assertEquals(7, viewer.next("pong").getInteger("id"));
            assertEquals("tick", viewer.next("tick").getString("type"), "still streaming");
        }
    }

    @Test
    @DisplayName("a frame over 16 KiB closes the socket with 1009")
    void oversizedFrame() throws Exception {
        String id = trainer.startExercise("free-practice", 10).getString("id");
        TestViewer viewer = TestViewer.connect(trainer, id);
        viewer.next("snapshot");
        viewer.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(20_000) + "\"}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (viewer.closeStatus == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals((short) 1009, viewer.closeStatus);
    }

    @Test
    @DisplayName("an unknown exercise, or a stream opened without credentials, is refused before the upgrade")
    void unknownExercise() throws Exception {
        ExecutionException anonymous = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> trainer.websockets.connect(new WebSocketConnectOptions().setURI("/ws/exercises/nope"))
                        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertTrue(anonymous.getCause().getMessage().contains("401"), anonymous.getCause().getMessage());
        assertEquals(404, trainer.call(io.vertx.core.http.HttpMethod.POST, "/api/exercises/nope/ticket", null).status(),
                "no ticket for an exercise that does not exist");
    }

    private static double skipped() throws Exception {
        return metric("cctrainer_websocket_ticks_skipped_total");
    }

    private static double metric(String name) throws Exception {
        String metrics = trainer.call(GET, "/metrics", null).body();
        return metrics.lines().filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElse(0);
    }
}
