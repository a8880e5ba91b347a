package org.cctrainer.backend.http;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.stream.Stream;
import org.cctrainer.backend.RunningTrainer;
import org.cctrainer.backend.RunningTrainer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The HTTP API")
class ApiTest {
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
    @DisplayName("reports health, lists the scenarios with their queues, and serves the start page")
    void healthScenariosAndPages() throws Exception {
        Response health = trainer.call(GET, "/health", null);
        assertEquals(200, health.status());
        assertEquals("ok", health.json().getString("status"));
        JsonArray scenarios = trainer.call(GET, "/api/scenarios", null).json().getJsonArray("scenarios");
        JsonObject free = scenarios.getJsonObject(0);
        assertEquals("free-practice", free.getString("id"));
        assertEquals(4, free.getJsonArray("queues").size());
        assertEquals("voice", free.getJsonArray("queues").getJsonObject(0).getString("channel"));
        Response page = trainer.call(GET, "/", null);
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals(200, trainer.call(GET, "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", null).status());
    }

    @Test
    @DisplayName("a trainer starts an exercise, finds it in the list, pauses, changes speed, resumes and stops it")
    void exerciseLifeCycle() throws Exception {
        Response created = trainer.call(POST, "/api/exercises", "{\"scenario\":\"volume-surge\",\"seed\":42,\"speed\":30}");
        assertEquals(201, created.status(), created.body());
        JsonObject exercise = created.json();
        String id = exercise.getString("id");
        assertEquals("running", exercise.getString("state"));
        assertEquals(42, exercise.getLong("seed"));
        assertEquals(30.0, exercise.getDouble("speed"));
        assertEquals("/wallboard.html?exercise=" + id, exercise.getJsonObject("links").getString("wallboard"));
        assertTrue(exercise.getJsonObject("links").getString("observer").contains("view=observer"));

        JsonArray listed = trainer.call(GET, "/api/exercises", null).json().getJsonArray("exercises");
        assertTrue(listed.stream().map(JsonObject.class::cast).anyMatch(e -> e.getString("id").equals(id)));

        Thread.sleep(600);
        JsonObject running = trainer.call(GET, "/api/exercises/" + id, null).json();
        assertTrue(running.getDouble("t") > 0, "virtual time moves at 30×: " + running);

        assertEquals("paused", trainer.call(POST, "/api/exercises/" + id + "/pause", null).json().getString("state"));
        assertConflict(trainer.call(POST, "/api/exercises/" + id + "/pause", null));
        double pausedAt = trainer.call(GET, "/api/exercises/" + id, null).json().getDouble("t");
        Thread.sleep(400);
        assertEquals(pausedAt, trainer.call(GET, "/api/exercises/" + id, null).json().getDouble("t"), 1e-9,
                "paused time stands still");

        JsonObject faster = trainer.call(POST, "/api/exercises/" + id + "/speed", "{\"speed\":60}").json();
        assertEquals(60.0, faster.getDouble("speed"));
        assertEquals("running", trainer.call(POST, "/api/exercises/" + id + "/resume", null).json().getString("state"));
        assertConflict(trainer.call(POST, "/api/exercises/" + id + "/resume", null));

        assertEquals("stopped", trainer.call(POST, "/api/exercises/" + id + "/stop", null).json().getString("state"));
        assertEquals("stopped", trainer.call(GET, "/api/exercises/" + id, null).json().getString("state"));
        assertConflict(trainer.call(POST, "/api/exercises/" + id + "/stop", null));
        assertConflict(trainer.call(POST, "/api/exercises/" + id + "/speed", "{\"speed\":2}"));
    }

    @Test
    @DisplayName("the seed and speed are optional: the scenario's seed, real time")
    void defaults() throws Exception {
        JsonObject exercise = trainer.call(POST, "/api/exercises", "{\"scenario\":\"free-practice\"}").json();
        assertEquals(20261123, exercise.getLong("seed"));
        assertEquals(1.0, exercise.getDouble("speed"));
        trainer.call(POST, "/api/exercises/" + exercise.getString("id") + "/stop", null);
    }

    @Test
    @DisplayName("Prometheus can scrape per-queue and server figures from /metrics")
    void metrics() throws Exception {
        JsonObject exercise = trainer.startExercise("free-practice", 60);
        Thread.sleep(700);
        Response metrics = trainer.call(GET, "/metrics", null);
        assertEquals(200, metrics.status());
        String text = metrics.body();
        String id = exercise.getString("id");
        for (String series : new String[] {
            "cctrainer_queue_service_level{exercise=\"" + id + "\",queue=\"billing\",window=\"15m\"}",
            "cctrainer_queue_waiting{exercise=\"" + id + "\",queue=\"email\"}",
            "cctrainer_queue_offered_total{exercise=\"" + id + "\",queue=\"support\"}",
            "cctrainer_queue_agents{exercise=\"" + id + "\",queue=\"billing\",state=\"available\"}",
            "cctrainer_exercise_alerts_open{exercise=\"" + id + "\",severity=\"critical\"}",
            "cctrainer_exercises_running ", "cctrainer_websocket_connections ", "cctrainer_tick_lag_seconds_count",
            "cctrainer_event_loop_delay_seconds_count", "jvm_memory_used_bytes", "vertx_http_server_requests_total"}) {
            assertTrue(text.contains(series), "missing " + series);
        }
        trainer.call(POST, "/api/exercises/" + id + "/stop", null);
        assertFalse(trainer.call(GET, "/metrics", null).body().contains("exercise=\"" + id + "\",queue"),
                "a stopped exercise's series are gone");
    }

    static Stream<Arguments> badRequests() {
        String big = "{\"scenario\":\"" + "x".repeat(20_000) + "\"}";
        return Stream.of(
                Arguments.of("malformed JSON", POST, "/api/exercises", "{\"scenario\":", 400, "malformed-json", "not valid JSON"),
                Arguments.of("a JSON array, not an object", POST, "/api/exercises", "[1,2]", 400, "bad-request", "object"),
                Arguments.of("no scenario", POST, "/api/exercises", "{}", 400, "bad-request", "scenario: is required"),
                Arguments.of("an unknown scenario", POST, "/api/exercises", "{\"scenario\":\"nope\"}", 400, "unknown-scenario",
                        "scenarios are free-practice, volume-surge"),
                Arguments.of("an unknown field", POST, "/api/exercises", "{\"scenario\":\"free-practice\",\"sped\":2}", 400,
                        "bad-request", "sped: unknown field"),
                Arguments.of("a seed that is not a number", POST, "/api/exercises",
                        "{\"scenario\":\"free-practice\",\"seed\":\"abc\"}", 400, "bad-request", "seed: must be a whole number"),
                Arguments.of("a speed out of range", POST, "/api/exercises", "{\"scenario\":\"free-practice\",\"speed\":100}",
                        400, "bad-request", "speed: must be between 0.5 and 60"),
                Arguments.of("a body over 16 KiB", POST, "/api/exercises", big, 413, "too-large", "larger than"),
                Arguments.of("an unknown exercise", GET, "/api/exercises/nosuchthing", null, 404, "not-found", "no exercise"),
                Arguments.of("pausing an unknown exercise", POST, "/api/exercises/nosuchthing/pause", null, 404, "not-found",
                        "no exercise"),
                Arguments.of("an unknown API path", GET, "/api/nothing-here", null, 404, "not-found", "no such API resource"),
                Arguments.of("an unknown page", GET, "/no-such-page.html", null, 404, "not-found", "nothing at"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    @DisplayName("bad input gets a JSON error naming what was wrong, with the right status")
    void badInput(String what, HttpMethod method, String path, String body, int status, String code, String text)
            throws Exception {
        int exercisesBefore = trainer.trainer.registry().size();
        Response response = trainer.call(method, path, body);
        assertEquals(status, response.status(), response.body());
        JsonObject error = response.json();
        assertEquals(code, error.getString("error"));
        assertTrue(error.getString("message").contains(text), error.getString("message"));
        assertFalse(response.body().contains("Exception"), response.body());
        assertEquals(exercisesBefore, trainer.trainer.registry().size(), "nothing was started");
    }

    @Test
    @DisplayName("a speed change outside 0.5–60 is refused and the speed stays as it was")
    void badSpeedChangesNothing() throws Exception {
        JsonObject exercise = trainer.startExercise("free-practice", 10);
        String id = exercise.getString("id");
        Response refused = trainer.call(POST, "/api/exercises/" + id + "/speed", "{\"speed\":0.1}");
        assertEquals(400, refused.status());
        assertEquals(400, trainer.call(POST, "/api/exercises/" + id + "/speed", "{\"pace\":2}").status());
        assertEquals(10.0, trainer.call(GET, "/api/exercises/" + id, null).json().getDouble("speed"));
        trainer.call(POST, "/api/exercises/" + id + "/stop", null);
    }

    @Test
    @DisplayName("acknowledging an alert the exercise never raised is a 404 that names it")
    void acknowledgeUnknownAlert() throws Exception {
        String id = trainer.startExercise("free-practice", 10).getString("id");
        Response response = trainer.call(POST, "/api/exercises/" + id + "/alerts/A999/acknowledge", null,
                trainer.traineeToken(id));
        assertEquals(404, response.status(), response.body());
        assertTrue(response.json().getString("message").contains("A999"));
        trainer.call(POST, "/api/exercises/" + id + "/stop", null);
    }

    private static void assertConflict(Response response) {
        assertEquals(409, response.status(), response.body());
        assertEquals("wrong-state", response.json().getString("error"));
    }
}
