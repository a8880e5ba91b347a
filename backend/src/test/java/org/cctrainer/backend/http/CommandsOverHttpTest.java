package org.cctrainer.backend.http;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.cctrainer.backend.RunningTrainer;
import org.cctrainer.backend.RunningTrainer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The WebSocket's commands mirrored over HTTP, and the score and debrief a trainee opens at the end. */
@DisplayName("Commands, score and debrief over HTTP")
class CommandsOverHttpTest {
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
    @DisplayName("a command posted over HTTP is acknowledged; a refusal has the status its code means")
    void commands() throws Exception {
        String id = trainer.startExercise("volume-surge", 10).getString("id");
        String path = "/api/exercises/" + id + "/commands";
        String trainee = trainer.traineeToken(id);
        Response ack = trainer.call(POST, path, "{\"id\":\"h1\",\"action\":\"set-callback-offer\",\"queue\":\"billing\",\"on\":true}", trainee);
        assertEquals(200, ack.status(), ack.body());
        assertEquals("ack", ack.json().getString("type"));
        Response bad = trainer.call(POST, path, "{\"id\":\"h2\",\"action\":\"set-callback-offer\",\"queue\":\"billing\"}", trainee);
        assertEquals(400, bad.status());
        assertEquals("bad-command", bad.json().getString("error"));
        assertTrue(bad.json().getString("message").contains("on: is required"), bad.body());
        Response refused = trainer.call(POST, path, "{\"id\":\"h3\",\"action\":\"recall-agent\",\"agent\":\"nobody\"}", trainee);
        assertEquals(409, refused.status());
        assertEquals("refused", refused.json().getString("error"));
        assertEquals(400, trainer.call(POST, path, "[1,2]", trainee).status(), "not an object");
        assertEquals(400, trainer.call(POST, path, "{\"id\":\"h4\",\"action\":\"nap\"}", trainee).status());
        trainer.call(POST, "/api/exercises/" + id + "/stop", null);
        Response afterStop = trainer.call(POST, path, "{\"id\":\"h5\",\"action\":\"broadcast\",\"message\":\"hi\"}", trainee);
        assertEquals(409, afterStop.status());
    }

    @Test
    @DisplayName("after the exercise is stopped its debrief and score are still there, with the commands on the timeline")
    void debriefAfterStop() throws Exception {
        String id = trainer.startExercise("volume-surge", 10).getString("id");
        trainer.call(POST, "/api/exercises/" + id + "/commands",
                "{\"id\":\"d1\",\"action\":\"set-ivr-message\",\"queue\":\"billing\",\"on\":true,\"message\":\"About the letters\","
                        + "\"rationale\":\"letters driving calls\"}", trainer.traineeToken(id));
        trainer.call(POST, "/api/exercises/" + id + "/stop", null);
        Response debrief = trainer.call(GET, "/api/exercises/" + id + "/debrief", null);
        assertEquals(200, debrief.status(), debrief.body());
        JsonObject body = debrief.json();
        assertTrue(body.getJsonArray("timeline").stream().map(JsonObject.class::cast)
                .anyMatch(line -> line.getString("kind").equals("command") && line.getString("text").contains("letters driving calls")),
                body.getJsonArray("timeline").encode());
        assertEquals("set-ivr-message", body.getJsonArray("interventions").getJsonObject(0).getString("action"));
        assertTrue(body.getJsonObject("score").getBoolean("finished"));
        assertEquals(200, trainer.call(GET, "/api/exercises/" + id + "/score", null).status());
    }

    @Test
    @DisplayName("free practice is not scored: its score is a 404 that says so, its debrief still has the timeline")
    void unscored() throws Exception {
        String id = trainer.startExercise("free-practice", 10).getString("id");
        Response score = trainer.call(GET, "/api/exercises/" + id + "/score", null);
        assertEquals(404, score.status());
        assertTrue(score.json().getString("message").contains("not scored"), score.body());
        assertEquals(200, trainer.call(GET, "/api/exercises/" + id + "/debrief", null).status());
        trainer.call(POST, "/api/exercises/" + id + "/stop", null);
    }
}
