package org.cctrainer.backend.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clustered mode end to end: two trainer JVMs on loopback join one Hazelcast cluster and
 * share a real PostgreSQL journal. An exercise started on node 1 is watched and commanded
 * through node 2; node 1 is killed; node 2 shows the exercise interrupted, its journal intact.
 *
 * <p>Needs a PostgreSQL server: {@code CC_TEST_PG_URL} (a JDBC URL with user and password;
 * {@code .ci/run} installs and starts Debian's postgresql and sets it).
 */
@DisplayName("Two trainer nodes, one cluster, one journal")
class TwoNodeClusterTest {
    private static final String KEY = "cluster-trainer-key-0123456789";

    @Test
    @DisplayName("start on one node, watch and command through the other, kill the first: nothing recorded is lost")
    void twoNodes() throws Exception {
        String url = System.getenv("CC_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            fail("set CC_TEST_PG_URL to a PostgreSQL JDBC URL (.ci/run installs and starts Debian's postgresql)");
        }
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            // A clean journal for this test: the schema is created again by the first node.
            sql.execute("DROP TABLE IF EXISTS entries");
            sql.execute("DROP TABLE IF EXISTS exercises");
            sql.execute("DROP TABLE IF EXISTS schema_version");
        }
        int port1 = freePort();
        int port2 = freePort();
        String members = "127.0.0.1:" + port1 + ",127.0.0.1:" + port2;
        TrainerProcess one = TrainerProcess.start(Files.createTempDirectory("node1"), Map.of("CC_CLUSTER_MEMBERS", members,
                "CC_CLUSTER_PORT", String.valueOf(port1)), "--cluster", "--journal", url, "--trainer-key", KEY,
                "--journal-flush-ms", "100");
        TrainerProcess two = TrainerProcess.start(Files.createTempDirectory("node2"), Map.of("CC_CLUSTER_MEMBERS", members,
                "CC_CLUSTER_PORT", String.valueOf(port2)), "--cluster", "--journal", url, "--trainer-key", KEY,
                "--journal-flush-ms", "100");
        Vertx client = Vertx.vertx();
        try {
            String id = one.post("/api/exercises", "{\"scenario\":\"volume-surge\",\"speed\":30}", KEY).body().getString("id");
            JsonObject seenOnTwo = eventually(() -> two.get("/api/exercises/" + id, KEY), 200);
            assertEquals("running", seenOnTwo.getString("state"));
            String code = seenOnTwo.getJsonObject("access").getString("joinCode");
            String token = two.post("/api/join", "{\"code\":\"" + code + "\"}", null).body().getString("token");

            String ticket = two.post("/api/exercises/" + id + "/ticket", null, token).body().getString("ticket");
            WebSocketClient sockets = client.createWebSocketClient();
            BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
            sockets.connect(new WebSocketConnectOptions().setPort(two.port).setHost("127.0.0.1")
                    .setURI("/ws/exercises/" + id + "?ticket=" + ticket)).map(socket -> {
                        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
                        return socket;
                    }).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            assertEquals("snapshot", take(messages).getString("type"), "node 2 serves node 1's exercise");
            assertEquals("tick", nextOfType(messages, "tick").getString("type"));

            for (int i = 0; i < 5; i++) {
                TrainerProcess.Answer ack = two.post("/api/exercises/" + id + "/commands",
                        "{\"id\":\"x" + i + "\",\"action\":\"open-view\",\"view\":\"what-moved\"}", token);
                assertEquals(200, ack.status(), ack.body().encode());
            }
            assertEquals(200, two.post("/api/exercises/" + id + "/commands", "{\"id\":\"m\",\"action\":\"move-agent\","
                    + "\"agent\":\"sam-ortiz\",\"skills\":[{\"queue\":\"billing\"}]}", token).status());
            Thread.sleep(1000); // more than the flush interval: what was acknowledged is stored

            one.kill();
            JsonObject interrupted = eventually(() -> {
                TrainerProcess.Answer answer = two.get("/api/exercises/" + id, KEY);
                return answer.status() == 200 && answer.body().getString("state").equals("interrupted") ? answer : null;
            }, 200);
            assertEquals("interrupted", interrupted.getString("state"));

            try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
                var rows = sql.executeQuery("SELECT body FROM entries WHERE exercise_id = '" + id
                        + "' AND kind = 'command' ORDER BY seq");
                List<String> ids = new java.util.ArrayList<>();
                while (rows.next()) {
                    ids.add(new JsonObject(rows.getString(1)).getJsonObject("command").getString("id"));
                }
                assertEquals(List.of("x0", "x1", "x2", "x3", "x4", "m"), ids, "every acknowledged command is in the journal");
            }
            JsonObject listed = eventually(() -> {
                TrainerProcess.Answer answer = two.get("/api/journal", KEY);
                return answer.body().getJsonArray("exercises").stream().map(JsonObject.class::cast)
                        .filter(e -> e.getString("id").equals(id) && e.getString("state").equals("interrupted"))
                        .findFirst().map(e -> new TrainerProcess.Answer(200, e)).orElse(null);
            }, 200);
            assertEquals("interrupted", listed.getString("state"));
            TrainerProcess.Answer replay = two.post("/api/replays", "{\"exercise\":\"" + id + "\"}", KEY);
            assertEquals(201, replay.status(), replay.body().encode());
        } finally {
            client.close();
            one.kill();
            two.close();
        }
    }

    interface Probe {
        TrainerProcess.Answer get() throws Exception;
    }

    /** Asks until the answer is there (the cluster spreads news in well under a second; 30 s is the patience). */
    private static JsonObject eventually(Probe probe, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        TrainerProcess.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (last != null && last.status() == status) {
                return last.body();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("never happened; last answer " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    private static JsonObject take(BlockingQueue<JsonObject> messages) throws InterruptedException {
        JsonObject message = messages.poll(20, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 20 s");
        }
        return message;
    }

    private static JsonObject nextOfType(BlockingQueue<JsonObject> messages, String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JsonObject message = take(messages);
            if (type.equals(message.getString("type"))) {
                return message;
            }
        }
        throw new AssertionError("no '" + type + "' message within 20 s");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
