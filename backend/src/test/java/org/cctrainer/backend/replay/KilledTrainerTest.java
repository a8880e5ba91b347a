package org.cctrainer.backend.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctrainer.backend.journal.JdbcJournal;
import org.cctrainer.backend.journal.JournalEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The journal's promise under a crash: a trainer process killed with SIGKILL mid-exercise loses
 * at most what was recorded in the last flush interval. Started again on the same data, it
 * shows the exercise as interrupted, its journal complete and in order, and it replays.
 */
@DisplayName("A trainer killed with SIGKILL mid-exercise")
class KilledTrainerTest {
    private static final String KEY = "killed-trainer-key-0123456789";
    private static final long FLUSH_MILLIS = 200;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    @DisplayName("loses at most the flush interval, and comes back with the exercise interrupted and replayable")
    void killedAndRestarted() throws Exception {
        Path data = Files.createTempDirectory("cc-trainer-killed");
        Trainer first = Trainer.start(data);
        String id;
        List<String> acknowledged = new ArrayList<>();
        try {
            id = first.post("/api/exercises", "{\"scenario\":\"volume-surge\",\"speed\":30}", KEY).getString("id");
            // The trainer writes a note every 20 ms (notes, unlike a trainee's commands, are not rate-limited):
            // each one answered is one the trainer was told is recorded.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            for (int i = 0; System.nanoTime() < deadline; i++) {
                JsonObject answer = first.post("/api/exercises/" + id + "/notes", "{\"text\":\"n" + i + "\"}", KEY);
                assertTrue(answer.containsKey("clock"), answer.encode());
                acknowledged.add("n" + i);
                Thread.sleep(20);
            }
        } finally {
            first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no last flush
            first.process.waitFor(10, TimeUnit.SECONDS);
        }

        List<JournalEntry> entries;
        try (JdbcJournal journal = JdbcJournal.open(JdbcJournal.sqliteUrl(data), FLUSH_MILLIS)) {
            entries = journal.entries(id);
            assertEquals("interrupted", journal.exercise(id).orElseThrow().state());
        }
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).seq(), "complete and in order: no gap");
        }
        List<String> stored = entries.stream().filter(e -> e.kind().equals("note"))
                .map(e -> new JsonObject(e.body()).getString("text")).toList();
        assertEquals(acknowledged.subList(0, stored.size()), stored, "what was kept is a prefix, in order");
        int lost = acknowledged.size() - stored.size();
        // Notes came every ~20 ms or slower: one flush interval (plus the batch being written) holds at most ~20.
        assertTrue(lost * 20 <= 2 * FLUSH_MILLIS + 100, lost + " of " + acknowledged.size() + " acknowledged notes lost");
        System.out.printf("killed after %d acknowledged notes; %d were stored, %d lost%n", acknowledged.size(),
                stored.size(), lost);

        Trainer second = Trainer.start(data);
        try {
            JsonObject listed = second.get("/api/journal", KEY).getJsonArray("exercises").stream()
                    .map(JsonObject.class::cast).filter(e -> e.getString("id").equals(id)).findFirst().orElseThrow();
            assertEquals("interrupted", listed.getString("state"));
            JsonObject replay = second.post("/api/replays", "{\"exercise\":\"" + id + "\"}", KEY);
            assertEquals("replay", replay.getString("kind"), replay.encode());
        } finally {
            second.process.destroy();
            second.process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A trainer in its own JVM, as a real deployment runs it. */
    private static final class Trainer {
        final Process process;
        final int port;

        private Trainer(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Trainer start(Path data) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.cctrainer.backend.Main", "--port", "0", "--host", "127.0.0.1", "--data", data.toString(),
                    "--trainer-key", KEY, "--journal-flush-ms", Long.toString(FLUSH_MILLIS))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Pattern running = Pattern.compile("running: open http://localhost:(\\d+)/");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                Matcher m = running.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                    drain.setDaemon(true);
                    drain.start();
                    return new Trainer(process, Integer.parseInt(m.group(1)));
                }
            }
            process.destroyForcibly();
            throw new AssertionError("the trainer did not start");
        }

        JsonObject post(String path, String body, String bearer) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)), bearer);
        }

        JsonObject get(String path, String bearer) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private JsonObject send(HttpRequest.Builder request, String bearer) throws Exception {
            request.timeout(Duration.ofSeconds(15)).header("content-type", "application/json");
            if (bearer != null) {
                request.header("authorization", "Bearer " + bearer);
            }
            return new JsonObject(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        }
    }
}
