package org.cctrainer.backend.replay;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.cctrainer.backend.RunningTrainer;
import org.cctrainer.backend.RunningTrainer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A trainer's story: an exercise runs with a trainee's commands, an injected incident and a
 * note; it is stopped; it is in the journal; it exports and imports; it replays, seeks and
 * steps to the next intervention, and the replay shows the same commands at the same times.
 */
@DisplayName("A recorded exercise: journal, export, import, replay")
class RecordedExerciseTest {
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
    @DisplayName("record, export, import, replay, seek, next")
    void recordAndReplay() throws Exception {
        String id = trainer.startExercise("volume-surge", 60).getString("id");
        String trainee = trainer.traineeToken(id);
        String commands = "/api/exercises/" + id + "/commands";
        assertEquals(200, trainer.call(POST, commands, "{\"id\":\"c1\",\"action\":\"set-callback-offer\",\"queue\":\"billing\","
                + "\"on\":true,\"rationale\":\"queue building\"}", trainee).status());
        Thread.sleep(1500);
        assertEquals(200, trainer.call(POST, "/api/exercises/" + id + "/incidents",
                "{\"type\":\"volume\",\"id\":\"spike\",\"title\":\"A spike\",\"queues\":[\"support\"],\"multiplier\":1.8,"
                        + "\"durationMinutes\":30}").status());
        assertEquals(201, trainer.call(POST, "/api/exercises/" + id + "/notes", "{\"text\":\"calm under pressure\"}").status());
        Thread.sleep(1500);
        assertEquals(200, trainer.call(POST, commands, "{\"id\":\"c2\",\"action\":\"move-agent\",\"agent\":\"sam-ortiz\","
                + "\"skills\":[{\"queue\":\"billing\"}]}", trainee).status());
        Thread.sleep(1000);
        JsonObject stopped = trainer.call(POST, "/api/exercises/" + id + "/stop", null).json();
        double end = stopped.getDouble("t");
        JsonObject live = trainer.call(GET, "/api/exercises/" + id + "/debrief", null).json();

        JsonArray recorded = trainer.call(GET, "/api/journal", null).json().getJsonArray("exercises");
        JsonObject mine = recorded.stream().map(JsonObject.class::cast).filter(e -> e.getString("id").equals(id))
                .findFirst().orElseThrow();
        assertEquals("stopped", mine.getString("state"));
        assertEquals("volume-surge", mine.getString("scenarioId"));

        Response export = trainer.call(GET, "/api/journal/" + id + "/export", null);
        assertEquals(200, export.status());
        List<String> lines = export.body().lines().toList();
        assertTrue(lines.get(0).contains("cc-trainer-journal"), lines.get(0));
        assertTrue(export.body().contains("calm under pressure"));
        Response imported = trainer.call(POST, "/api/journal/import", export.body());
        assertEquals(201, imported.status(), imported.body());
        String copy = imported.json().getString("id");

        JsonObject replay = trainer.call(POST, "/api/replays", "{\"exercise\":\"" + copy + "\",\"speed\":60}").json();
        String replayId = replay.getString("id");
        assertEquals("replay", replay.getString("kind"));
        assertEquals("paused", replay.getString("state"));
        List<String> markerKinds = replay.getJsonArray("markers").stream().map(JsonObject.class::cast)
                .map(m -> m.getString("kind")).distinct().toList();
        assertTrue(markerKinds.containsAll(List.of("command", "incident", "note")), markerKinds.toString());

        JsonObject first = trainer.call(POST, "/api/exercises/" + replayId + "/next", null).json();
        double firstCommand = live.getJsonArray("interventions").getJsonObject(0).getDouble("t");
        assertEquals(firstCommand, first.getDouble("t"), 1e-6, "next lands on the first intervention");
        JsonObject sought = trainer.call(POST, "/api/exercises/" + replayId + "/seek", "{\"t\":" + end + "}").json();
        assertEquals(end, sought.getDouble("t"), 1e-6);
        JsonObject back = trainer.call(POST, "/api/exercises/" + replayId + "/seek", "{\"t\":60}").json();
        assertEquals(60, back.getDouble("t"), 1e-6, "seeking back replays from the start");
        trainer.call(POST, "/api/exercises/" + replayId + "/seek", "{\"t\":" + end + "}");

        JsonObject replayed = trainer.call(GET, "/api/exercises/" + replayId + "/debrief", null).json();
        assertEquals(lines(live, end), lines(replayed, end), "the replay shows the same day up to the stop");
        assertEquals(live.getJsonArray("interventions").encode(), replayed.getJsonArray("interventions").encode(),
                "the same interventions with the same before-and-after figures");
        JsonObject refused = trainer.call(POST, "/api/exercises/" + replayId + "/commands",
                "{\"id\":\"z\",\"action\":\"broadcast\",\"message\":\"hi\"}", trainer.traineeToken(replayId)).json();
        assertEquals("wrong-state", refused.getString("error"), "a replay takes no commands");
        trainer.call(POST, "/api/exercises/" + replayId + "/stop", null);
    }

    @Test
    @DisplayName("a file that is not a journal is refused with its problems by line, and nothing is stored")
    void badImports() throws Exception {
        int before = trainer.call(GET, "/api/journal", null).json().getJsonArray("exercises").size();
        for (String bad : List.of("", "not json at all\n", "{\"format\":\"something-else\",\"version\":1}\n",
                "{\"format\":\"cc-trainer-journal\",\"version\":1,\"exercise\":{}}\n")) {
            Response response = trainer.call(POST, "/api/journal/import", bad);
            assertEquals(400, response.status(), response.body());
            assertEquals("bad-journal", response.json().getString("error"));
            assertTrue(response.json().getString("message").contains("line"), response.body());
        }
        assertEquals(before, trainer.call(GET, "/api/journal", null).json().getJsonArray("exercises").size());
    }

    /** The debrief's timeline up to a moment, as text. */
    private static List<String> lines(JsonObject debrief, double until) {
        return debrief.getJsonArray("timeline").stream().map(JsonObject.class::cast)
                .filter(line -> line.getDouble("t") < until - 1e-6)
                .map(line -> line.getString("clock") + " " + line.getString("kind") + " " + line.getString("text"))
                .toList();
    }
}
