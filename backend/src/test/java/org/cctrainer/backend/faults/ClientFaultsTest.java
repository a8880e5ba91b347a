package org.cctrainer.backend.faults;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cctrainer.backend.RunningTrainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Clients misbehaving at the edges of the stream (issue 6, "Load and fault tests"): viewers
 * that vanish mid-stream (no close frame, half a frame, half a message) and come back, fifty of
 * them churning at once, and a trainee flooding commands over the WebSocket and HTTP. The
 * exercise keeps its pace for everyone else, the connection count comes back to what it was,
 * and only what was acknowledged is carried out.
 */
@DisplayName("Clients that drop, reconnect and flood")
class ClientFaultsTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    /** Running ticks are about 4 a second; half of that is the least a viewer may see while others misbehave. */
    private static final double TICKS_PER_SECOND = 4.0;

    private static RunningTrainer trainer;
    private static final Map<String, Integer> figures = new TreeMap<>();

    @BeforeAll
    static void start() throws Exception {
        trainer = RunningTrainer.start();
        System.out.println("ClientFaultsTest seed=" + SEED);
    }

    @AfterAll
    static void stop() throws Exception {
        System.out.println("ClientFaultsTest figures: " + figures);
        trainer.close();
    }

    private static synchronized void figure(String name, int add) {
        figures.merge(name, add, Integer::sum);
    }

    // ================================================================================================
    // Dropping and reconnecting
    // ================================================================================================

    /** The ways a client leaves: the first five without a close frame. */
    private static final List<String> WAYS = List.of("fin", "reset", "half-a-frame", "half-a-message", "never-reads",
            "vertx-close-mid-message", "vertx-close-during-snapshot");

    @Test
    @DisplayName("a viewer that vanishes mid-stream is forgotten; reconnecting gets a fresh snapshot past what it had, and the others never notice")
    void dropAndReconnect() throws Exception {
        String exercise = trainer.startExercise("free-practice", 10).getString("id");
        String observer = trainer.streamUri(exercise, "observer");
        int baseline = Verdicts.connections(trainer);
        Random random = new Random(SEED);
        try (FaultViewer steady = FaultViewer.connect(trainer.websockets, observer, false)) {
            steady.nextStream();
            for (String way : WAYS) {
                long had = vanish(way, exercise, observer, random);
                assertEquals(baseline + 1, Verdicts.awaitConnections(trainer, baseline + 1),
                        way + ": the vanished client is no longer counted");
                // Let the exercise publish something after the drop, so the new snapshot must be newer than anything the client had.
                awaitSeq(steady, had);
                String role = List.of("observer", "trainee", "trainer").get(random.nextInt(3));
                try (FaultViewer back = FaultViewer.connect(trainer.websockets, trainer.streamUri(exercise, role), true)) {
                    JsonObject snapshot = back.nextStream();
                    assertEquals("snapshot", snapshot.getString("type"), way + ": a reconnect starts from a snapshot");
                    long seq = snapshot.getLong("seq");
                    assertTrue(seq > had, way + ": the new snapshot's seq " + seq + " is above the " + had + " the client had");
                    JsonObject next = back.nextStream();
                    assertTrue(next.getLong("seq") > seq, way + ": the stream goes on from the snapshot");
                }
                figure("reconnects", 1);
                figure("drops " + way, 1);
            }
            assertEquals(0, steady.outOfOrder.get(), "the steady viewer's stream stayed in order");
            assertEquals(0, steady.snapshots.get() - 1, "the steady viewer never had to start again");
            assertTrue(steady.notJson.isEmpty(), "every message is JSON");
        }
        assertEquals(baseline, Verdicts.awaitConnections(trainer, baseline), "every connection is counted as closed");
        assertEquals(exercise, Verdicts.exercise(trainer, exercise).getString("id"));
        assertEquals("running", Verdicts.exercise(trainer, exercise).getString("state"));
    }

    /**
     * Connects a client that leaves in {@code way} after seeing the snapshot and a tick or two;
     * returns the highest seq it saw (the snapshot's, for one that leaves before reading).
     */
    private static long vanish(String way, String exercise, String observer, Random random) throws Exception {
        if (way.startsWith("vertx")) {
            if (way.equals("vertx-close-during-snapshot")) {
                // Closed in the connect callback: the server may be writing the snapshot as the close arrives.
                CountDownLatch closed = new CountDownLatch(1);
                trainer.websockets.connect(new WebSocketConnectOptions().setURI(trainer.streamUri(exercise, "trainer")))
                        .onSuccess(ws -> {
                            ws.closeHandler(nothing -> closed.countDown());
                            ws.close();
                        });
                assertTrue(closed.await(10, TimeUnit.SECONDS), "closed");
                return 0;
            }
            FaultViewer viewer = FaultViewer.connect(trainer.websockets, trainer.streamUri(exercise, "trainee"), false);
            long seq = viewer.nextStream().getLong("seq");
            awaitTicks(viewer, 1);
            // Half a message, then the close: the server drops what it had of the message.
            viewer.socket.writeFrame(WebSocketFrame.textFrame("{\"type\":\"command\",\"id\":\"half\",", false));
            viewer.socket.close();
            viewer.closeCode(5_000);
            return Math.max(seq, viewer.lastSeq.get());
        }
        RawWebSocket raw = new RawWebSocket(trainer.port, observer, random);
        long seen = -1;
        int ticks = 0;
        if (!way.equals("never-reads")) {
            while (ticks < 2) {
                RawWebSocket.Frame frame = raw.read(10_000);
                if (frame == null) {
                    throw new AssertionError(way + ": the stream went quiet");
                }
                JsonObject message = new JsonObject(frame.text());
                seen = Math.max(seen, message.getLong("seq"));
                ticks += "tick".equals(message.getString("type")) ? 1 : 0;
            }
        } else {
            Thread.sleep(600); // the snapshot and ticks pile up unread
        }
        switch (way) {
            case "fin" -> raw.drop(false);
            case "reset", "never-reads" -> raw.drop(true);
            case "half-a-frame" -> {
                // A header announcing 1000 bytes, ten of them, gone.
                raw.sendRaw(new byte[] {(byte) 0x81, (byte) 0xFE, 0x03, (byte) 0xE8, 1, 2, 3, 4, 'x', 'x', 'x', 'x'});
                raw.drop(false);
            }
            case "half-a-message" -> {
                raw.send(false, RawWebSocket.TEXT, "{\"type\":".getBytes(StandardCharsets.UTF_8), true);
                raw.drop(true);
            }
            default -> throw new IllegalStateException(way);
        }
        return seen;
    }

    /** Waits until the viewer has seen a message with a seq above {@code seq}. */
    private static void awaitSeq(FaultViewer viewer, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (viewer.lastSeq.get() <= seq) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing published after seq " + seq + " within 10 s");
            }
            Thread.sleep(20);
        }
    }

    private static void awaitTicks(FaultViewer viewer, int ticks) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (viewer.ticks.get() < ticks) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + ticks + " ticks within 10 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    @Disabled("bug: after ~1,100 churned connections (seven ways of leaving), one or two stay counted in"
            + " cctrainer_websocket_connections a minute later on a loaded CI machine; not yet found which way of"
            + " leaving skips the close handler (seen in CI on 2026-11-29; passes on a quiet machine)")
    @DisplayName("fifty clients churning for a few seconds: each reconnect starts from a fresh snapshot, the steady viewer's ticks keep coming, the connection count comes back")
    void churn() throws Exception {
        String exercise = trainer.startExercise("free-practice", 10).getString("id");
        String observer = trainer.streamUri(exercise, "observer");
        int baseline = Verdicts.connections(trainer);
        Verdicts verdicts = new Verdicts("churn");
        int clients = 50;
        long seconds = 4;
        AtomicInteger connects = new AtomicInteger();
        AtomicInteger ahead = new AtomicInteger();
        Map<String, Integer> ways = new ConcurrentHashMap<>();
        try (FaultViewer steady = FaultViewer.connect(trainer.websockets, observer, false)) {
            steady.nextStream();
            int ticksBefore = steady.ticks.get();
            long started = System.nanoTime();
            long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(SEED + c);
                running.add(pool.submit(() -> {
                    long had = -1;
                    while (System.nanoTime() < deadline) {
                        String way = WAYS.get(random.nextInt(WAYS.size()));
                        // What the exercise had published before this connection: its snapshot can be no older.
                        long published = steady.lastSeq.get();
                        try {
                            long snapshotSeq;
                            long seen;
                            if (way.equals("vertx-close-during-snapshot")) {
                                // Closed in the connect callback, while the server may be writing the snapshot: nothing seen.
                                CountDownLatch closed = new CountDownLatch(1);
                                trainer.websockets.connect(new WebSocketConnectOptions().setURI(observer)).onSuccess(ws -> {
                                    ws.closeHandler(nothing -> closed.countDown());
                                    ws.close();
                                });
                                if (!closed.await(10, TimeUnit.SECONDS)) {
                                    verdicts.problem("a client closing during its snapshot did not see its socket closed");
                                }
                                connects.incrementAndGet();
                                ways.merge(way, 1, Integer::sum);
                                continue;
                            }
                            if (way.startsWith("vertx") || random.nextBoolean()) {
                                String role = List.of("observer", "trainee", "trainer").get(random.nextInt(3));
                                FaultViewer viewer = FaultViewer.connect(trainer.websockets,
                                        role.equals("observer") ? observer : trainer.streamUri(exercise, role), false);
                                snapshotSeq = viewer.nextStream().getLong("seq");
                                Thread.sleep(random.nextInt(400));
                                if (viewer.outOfOrder.get() > 0 || !viewer.notJson.isEmpty()) {
                                    verdicts.problem("a churning viewer's stream out of order or not JSON");
                                }
                                seen = Math.max(snapshotSeq, viewer.lastSeq.get());
                                if (way.equals("vertx-close-mid-message")) {
                                    viewer.socket.writeFrame(WebSocketFrame.textFrame("{\"type\":", false));
                                }
                                viewer.close();
                                way = way.startsWith("vertx") ? way : "vertx-close";
                            } else {
                                RawWebSocket raw = new RawWebSocket(trainer.port, observer, random);
                                RawWebSocket.Frame first = raw.read(10_000);
                                snapshotSeq = new JsonObject(first.text()).getLong("seq");
                                seen = snapshotSeq;
                                long until = System.nanoTime() + random.nextInt(400) * 1_000_000L;
                                while (!way.equals("never-reads") && System.nanoTime() < until) {
                                    RawWebSocket.Frame frame = raw.read(50);
                                    if (frame != null) {
                                        seen = Math.max(seen, new JsonObject(frame.text()).getLong("seq"));
                                    }
                                }
                                switch (way) {
                                    case "half-a-frame" -> raw.sendRaw(new byte[] {(byte) 0x81, (byte) 0xFE, 0x03, (byte) 0xE8, 1, 2, 3, 4, 'x'});
                                    case "half-a-message" -> raw.send(false, RawWebSocket.TEXT, "{\"ty".getBytes(StandardCharsets.UTF_8), true);
                                    default -> {
                                    }
                                }
                                raw.drop(!way.equals("fin"));
                            }
                            connects.incrementAndGet();
                            ways.merge(way, 1, Integer::sum);
                            // A fresh snapshot: never behind what this client had, nor behind what was published before it
                            // connected, so above what it had whenever the exercise published since it left.
                            if (snapshotSeq < had || snapshotSeq < published) {
                                verdicts.problem("a reconnect's snapshot seq " + snapshotSeq + " is behind what the client had ("
                                        + had + ") or what was published before it connected (" + published + ")");
                            }
                            if (had >= 0 && snapshotSeq > had) {
                                ahead.incrementAndGet();
                            }
                            had = seen;
                        } catch (InterruptedException stop) {
                            return null;
                        } catch (Exception | AssertionError e) {
                            verdicts.problem("a churning client (" + way + ") failed: " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            double elapsed = (System.nanoTime() - started) / 1e9;
            int ticks = steady.ticks.get() - ticksBefore;
            figure("churn reconnects", connects.get());
            ways.forEach((way, n) -> figure("churn " + way, n));
            System.out.printf("  churn: %d clients made %d connections in %.1f s (%d reconnects' snapshots ahead of what"
                    + " the client had); the steady viewer got %d ticks (%.1f/s); ways out: %s%n", clients, connects.get(), elapsed,
                    ahead.get(), ticks, ticks / elapsed, new TreeMap<>(ways));
            assertTrue(ticks >= TICKS_PER_SECOND / 2 * elapsed, "the steady viewer kept getting ticks: " + ticks
                    + " in " + elapsed + " s");
            assertEquals(0, steady.outOfOrder.get(), "its stream stayed in order");
            assertEquals(1, steady.snapshots.get(), "it never had to start again");
        }
        assertEquals(baseline, Verdicts.awaitConnections(trainer, baseline), "every churned connection is counted as closed");
        RunningTrainer.Response health = trainer.call(GET, "/health", null, null);
        assertEquals(baseline, health.json().getInteger("websocketConnections"), health.body());
        assertTrue(connects.get() >= clients, "every client connected at least once");
        assertEquals(0, verdicts.problems(), verdicts.report());
    }

    // ================================================================================================
    // Flooding
    // ================================================================================================

    private static String floodCommand(String id, int n) {
        return n % 2 == 0
                ? "{\"id\":\"" + id + "\",\"action\":\"set-priority\",\"queue\":\"billing\",\"priority\":" + (1 + n % 9) + "}"
                : "{\"id\":\"" + id + "\",\"action\":\"set-callback-offer\",\"queue\":\"support\",\"on\":" + (n % 4 == 1) + "}";
    }

    @Test
    @DisplayName("a trainee flooding commands over the WebSocket and HTTP is refused as rate-limited; the exercise keeps its pace for the others, and only the acked commands are carried out")
    void flood() throws Exception {
        String exercise = trainer.startExercise("free-practice", 10).getString("id");
        String token = trainer.traineeToken(exercise);
        try (FaultViewer steady = FaultViewer.connect(trainer.websockets, trainer.streamUri(exercise, "observer"), false);
             FaultViewer trainee = FaultViewer.connect(trainer.websockets, trainer.streamUri(exercise, "trainee"), false)) {
            steady.nextStream();
            trainee.nextStream();
            int ticksBefore = steady.ticks.get();
            long seconds = 3;
            long started = System.nanoTime();
            long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
            // Over HTTP: two clients posting as fast as they are answered.
            List<String> httpAcked = new CopyOnWriteArrayList<>();
            List<JsonObject> httpAcks = new CopyOnWriteArrayList<>();
            // A command that would change nothing (the priority it already has) is refused by the centre: allowed, and on the timeline.
            Set<String> refusedIds = ConcurrentHashMap.newKeySet();
            AtomicInteger httpLimited = new AtomicInteger();
            AtomicInteger httpSent = new AtomicInteger();
            List<String> problems = new CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> posting = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                posting.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        String id = "h" + thread + "-" + n;
                        RunningTrainer.Response answer = trainer.call(POST, "/api/exercises/" + exercise + "/commands",
                                floodCommand(id, n), token);
                        httpSent.incrementAndGet();
                        if (answer.status() == 200 && "ack".equals(answer.json().getString("type"))) {
                            httpAcked.add(id);
                            httpAcks.add(answer.json());
                        } else if (answer.status() == 429 && "rate-limited".equals(answer.json().getString("error"))) {
                            httpLimited.incrementAndGet();
                        } else if (answer.status() == 409 && "refused".equals(answer.json().getString("error"))) {
                            refusedIds.add(id);
                        } else {
                            problems.add("HTTP " + answer.status() + " " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            // Over the WebSocket: a burst every few milliseconds, without waiting for answers.
            int wsSent = 0;
            while (System.nanoTime() < deadline) {
                for (int k = 0; k < 5; k++, wsSent++) {
                    trainee.socket.writeTextMessage(new JsonObject(floodCommand("w" + wsSent, wsSent)).put("type", "command").encode());
                }
                Thread.sleep(5);
            }
            for (Future<?> client : posting) {
                client.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            List<JsonObject> wsAcks = new ArrayList<>();
            int wsLimited = 0;
            for (int answered = 0; answered < wsSent; answered++) {
                JsonObject answer = trainee.answer(10_000);
                if (answer == null) {
                    problems.add("only " + answered + " of " + wsSent + " WebSocket commands were answered");
                    break;
                }
                if ("ack".equals(answer.getString("type"))) {
                    wsAcks.add(answer);
                } else if ("rate-limited".equals(answer.getString("code"))) {
                    wsLimited++;
                } else if ("refused".equals(answer.getString("code"))) {
                    refusedIds.add(answer.getString("id"));
                } else {
                    problems.add("WebSocket " + answer.encode());
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            int ticks = steady.ticks.get() - ticksBefore;
            figure("flood WebSocket commands", wsSent);
            figure("flood WebSocket acked", wsAcks.size());
            figure("flood HTTP commands", httpSent.get());
            figure("flood HTTP acked", httpAcked.size());
            System.out.printf("  flood: %d WebSocket commands (%d acked, %d rate-limited) and %d over HTTP (%d acked, %d 429),"
                    + " %d refused by the centre as no change, in %.1f s (%.0f/s); the observer got %d ticks (%.1f/s)%n", wsSent,
                    wsAcks.size(), wsLimited, httpSent.get(), httpAcked.size(), httpLimited.get(), refusedIds.size(), elapsed,
                    (wsSent + httpSent.get()) / elapsed, ticks, ticks / elapsed);

            assertTrue(problems.isEmpty(), "every command was acked or rate-limited: " + problems.subList(0, Math.min(5, problems.size())));
            long wsRefused = refusedIds.stream().filter(id -> id.startsWith("w")).count();
            assertEquals(wsSent, wsAcks.size() + wsLimited + wsRefused, "every WebSocket command was answered once");
            // 20 at once, then 5 a second, for the exercise: the WebSocket and HTTP draw on one allowance.
            int through = wsAcks.size() + httpAcked.size() + refusedIds.size();
            assertTrue(through >= 20, "the first 20 go through to the exercise: " + through);
            assertTrue(through <= 20 + 5 * elapsed + 1, through + " commands went through in " + elapsed + " s");
            assertTrue(wsLimited > 0 && httpLimited.get() > 0, "the flood was refused on both ways in");
            assertTrue(ticks >= TICKS_PER_SECOND / 2 * elapsed, "the observer kept getting ticks: " + ticks + " in " + elapsed + " s");
            assertEquals(0, steady.outOfOrder.get());

            // Exactly the acked commands were carried out: on the timeline, and as interventions.
            List<JsonObject> acks = new ArrayList<>(wsAcks);
            acks.addAll(httpAcks);
            JsonObject debrief = Verdicts.debrief(trainer, exercise);
            Verdicts verdicts = new Verdicts("flood");
            Verdicts.commandsMatch(verdicts, debrief, acks, refusedIds.size());
            Set<String> acked = new HashSet<>();
            acks.forEach(a -> acked.add(a.getString("id")));
            Set<String> carriedOut = new HashSet<>();
            Set<String> refusedThere = new HashSet<>();
            JsonArray interventions = debrief.getJsonArray("interventions");
            for (int i = 0; i < interventions.size(); i++) {
                JsonObject item = interventions.getJsonObject(i);
                (item.getBoolean("accepted") ? carriedOut : refusedThere).add(item.getString("id"));
            }
            assertEquals(acked, carriedOut, "the interventions carried out are the acked commands, no more, no fewer");
            assertEquals(refusedIds, refusedThere, "the refused interventions are those the centre refused; none rate-limited is there");
            assertEquals(0, verdicts.problems(), verdicts.report());
            JsonObject info = Verdicts.exercise(trainer, exercise);
            assertEquals("running", info.getString("state"));
            assertEquals(10.0, info.getDouble("speed"));
        }
    }

    @Test
    @DisplayName("a trainee's allowance is per exercise: reconnecting or switching to HTTP does not refill it")
    void allowanceIsPerExercise() throws Exception {
        String exercise = trainer.startExercise("free-practice", 10).getString("id");
        String token = trainer.traineeToken(exercise);
        long started = System.nanoTime();
        int acked = 0;
        int sent = 0;
        for (int socket = 0; socket < 3; socket++) {
            try (FaultViewer trainee = FaultViewer.connect(trainer.websockets, trainer.streamUri(exercise, "trainee"), false)) {
                trainee.nextStream();
                for (int n = 0; n < 20; n++, sent++) {
                    trainee.socket.writeTextMessage(new JsonObject(floodCommand("s" + sent, sent)).put("type", "command").encode());
                }
                for (int n = 0; n < 20; n++) {
                    JsonObject answer = trainee.answer(10_000);
                    acked += answer != null && "ack".equals(answer.getString("type")) ? 1 : 0;
                }
            }
        }
        for (int n = 0; n < 20; n++, sent++) {
            RunningTrainer.Response answer = trainer.call(POST, "/api/exercises/" + exercise + "/commands",
                    floodCommand("s" + sent, sent), token);
            acked += answer.status() == 200 ? 1 : 0;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        assertTrue(acked <= 20 + 5 * elapsed + 1, acked + " of " + sent + " commands acked in " + elapsed
                + " s over three sockets and HTTP; the limit is 20 at once, then 5 a second");
    }
}
