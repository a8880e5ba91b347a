package org.cctrainer.backend.journal;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.cctrainer.backend.RunningTrainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The journal's database goes away in the middle of an exercise (another process holds it
 * locked, as a stopped or hung server would leave it unwritable): the trainer says it is
 * degraded, the exercise runs on and takes commands, and when the database is back the
 * journal catches up without losing anything.
 */
@DisplayName("The journal's database goes away mid-exercise and comes back")
class DatabaseOutageTest {

    @Test
    @DisplayName("degraded while it is away, the exercise runs on, nothing lost once it is back")
    void outage() throws Exception {
        try (RunningTrainer trainer = RunningTrainer.start()) {
            String id = trainer.startExercise("volume-surge", 30).getString("id");
            String trainee = trainer.traineeToken(id);
            String url = JdbcJournal.sqliteUrl(trainer.dataDir());
            List<String> sent = new ArrayList<>();
            send(trainer, id, trainee, sent, 3);
            awaitTrue("the first commands stored", () -> stored(url, id).size() == 3);

            double before;
            try (Connection locker = DriverManager.getConnection(url); Statement lock = locker.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");
                send(trainer, id, trainee, sent, 5);
                awaitTrue("health to say degraded", () -> health(trainer).getString("status").equals("degraded"));
                JsonObject degraded = health(trainer);
                assertTrue(degraded.getString("journal").startsWith("cannot write the journal"), degraded.encode());
                before = trainer.call(GET, "/api/exercises/" + id, null).json().getDouble("t");
                Thread.sleep(1500);
                double after = trainer.call(GET, "/api/exercises/" + id, null).json().getDouble("t");
                assertTrue(after > before, "the day runs on: " + before + " → " + after);
                send(trainer, id, trainee, sent, 5);
                assertTrue(health(trainer).getInteger("journalBacklog") > 0, "what waits is kept");
                lock.execute("ROLLBACK");
            }
            awaitTrue("health to say ok again", () -> health(trainer).getString("status").equals("ok"));
            awaitTrue("the backlog to drain", () -> health(trainer).getInteger("journalBacklog") == 0);
            assertEquals(sent, stored(url, id), "every acknowledged command is in the journal, in order");
        }
    }

    private static void send(RunningTrainer trainer, String id, String trainee, List<String> sent, int count)
            throws Exception {
        for (int i = 0; i < count; i++) {
            String commandId = "o" + sent.size();
            var ack = trainer.call(POST, "/api/exercises/" + id + "/commands",
                    "{\"id\":\"" + commandId + "\",\"action\":\"open-view\",\"view\":\"what-moved\"}", trainee);
            assertEquals(200, ack.status(), ack.body());
            sent.add(commandId);
        }
    }

    private static JsonObject health(RunningTrainer trainer) {
        try {
            return trainer.call(GET, "/health", null, null).json();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> stored(String url, String id) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT body FROM entries WHERE exercise_id = '" + id
                     + "' AND kind = 'command' ORDER BY seq")) {
            while (rows.next()) {
                ids.add(new JsonObject(rows.getString(1)).getJsonObject("command").getString("id"));
            }
        } catch (java.sql.SQLException e) {
            return List.of(); // locked: nothing readable yet
        }
        return ids;
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s for " + what);
            }
            Thread.sleep(100);
        }
    }
}
