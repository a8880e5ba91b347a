package org.cctrainer.backend.security;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cctrainer.backend.RunningTrainer;
import org.cctrainer.backend.RunningTrainer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table in docs/security.md, cell by cell: every HTTP route against every kind of caller.
 * "ok" means the route did its work (2xx); 401 means no genuine credential; 403 the wrong role
 * or exercise. Each cell runs against an exercise of its own, so no cell depends on another.
 */
@DisplayName("Who may do what over HTTP")
class AccessMatrixTest {
    private static RunningTrainer trainer;

    /** The callers, as the columns of the table. */
    enum Caller { NOBODY, OBSERVER_LINK, FORGED, EXPIRED, OTHER_TRAINEE, TRAINEE, TRAINER }

    @BeforeAll
    static void start() throws Exception {
        trainer = RunningTrainer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        trainer.close();
    }

    /** One row: a route, and the expected answer for NOBODY, OBSERVER_LINK, FORGED, EXPIRED, OTHER_TRAINEE, TRAINEE, TRAINER. */
    record Row(String what, HttpMethod method, String path, String body, String... expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Row> rows() {
        return List.of(
                new Row("read the scenarios", GET, "/api/scenarios", null, "401", "401", "401", "401", "403", "403", "ok"),
                new Row("start an exercise", POST, "/api/exercises", "{\"scenario\":\"free-practice\"}",
                        "401", "401", "401", "401", "403", "403", "ok"),
                new Row("list the exercises", GET, "/api/exercises", null, "401", "401", "401", "401", "403", "403", "ok"),
                new Row("read an exercise", GET, "/api/exercises/{id}", null, "401", "401", "401", "401", "403", "ok", "ok"),
                new Row("pause it", POST, "/api/exercises/{id}/pause", null, "401", "401", "401", "401", "403", "403", "ok"),
                new Row("change its speed", POST, "/api/exercises/{id}/speed", "{\"speed\":20}",
                        "401", "401", "401", "401", "403", "403", "ok"),
                new Row("stop it", POST, "/api/exercises/{id}/stop", null, "401", "401", "401", "401", "403", "403", "ok"),
                new Row("send a command", POST, "/api/exercises/{id}/commands",
                        "{\"id\":\"x1\",\"action\":\"broadcast\",\"message\":\"hello\"}",
                        "401", "401", "401", "401", "403", "ok", "403"),
                new Row("read the score during the day", GET, "/api/exercises/{id}/score", null,
                        "401", "401", "401", "401", "403", "403", "ok"),
                new Row("read the debrief during the day", GET, "/api/exercises/{id}/debrief", null,
                        "401", "401", "401", "401", "403", "403", "ok"),
                new Row("get a stream ticket", POST, "/api/exercises/{id}/ticket", null,
                        "401", "401", "401", "401", "403", "ok", "ok"),
                new Row("launch a cohort", POST, "/api/cohorts", "{\"scenario\":\"free-practice\",\"trainees\":[\"Ana\"]}",
                        "401", "401", "401", "401", "403", "403", "ok"),
                new Row("inject an incident", POST, "/api/exercises/{id}/incidents",
                        "{\"type\":\"volume\",\"queues\":[\"billing\"],\"multiplier\":1.5,\"durationMinutes\":30}",
                        "401", "401", "401", "401", "403", "403", "ok"),
                new Row("write a note", POST, "/api/exercises/{id}/notes", "{\"text\":\"good diagnosis\"}",
                        "401", "401", "401", "401", "403", "403", "ok"));
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : rows()) {
            for (Caller caller : Caller.values()) {
                cells.add(Arguments.of(row, caller, row.expected()[caller.ordinal()]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void cell(Row row, Caller caller, String expected) throws Exception {
        String id = trainer.startExercise("volume-surge", 1).getString("id");
        String other = trainer.startExercise("volume-surge", 1).getString("id");
        try {
            Response response = trainer.call(row.method(), row.path().replace("{id}", id), row.body(),
                    credential(caller, id, other));
            if (expected.equals("ok")) {
                assertTrue(response.status() / 100 == 2, row + " as " + caller + ": " + response);
            } else {
                assertEquals(Integer.parseInt(expected), response.status(), response.body());
                JsonObject error = response.json();
                assertEquals(expected.equals("401") ? "unauthenticated" : "forbidden", error.getString("error"));
                assertFalse(response.body().contains(RunningTrainer.KEY), "the key never comes back");
            }
        } finally {
            trainer.call(POST, "/api/exercises/" + id + "/stop", null);
            trainer.call(POST, "/api/exercises/" + other + "/stop", null);
        }
    }

    private static String credential(Caller caller, String id, String other) throws Exception {
        Tokens tokens = new Tokens(RunningTrainer.KEY);
        return switch (caller) {
            case NOBODY -> null;
            case OBSERVER_LINK -> {
                String link = trainer.call(GET, "/api/exercises/" + id, null).json().getJsonObject("access")
                        .getString("observerLink");
                yield link.substring(link.indexOf("watch=") + 6);
            }
            case FORGED -> new Tokens("somebody-elses-key-0123456789").issue(Role.TRAINEE, id, Long.MAX_VALUE / 2);
            case EXPIRED -> tokens.issue(Role.TRAINEE, id, System.currentTimeMillis() / 1000 - 60);
            case OTHER_TRAINEE -> trainer.traineeToken(other);
            case TRAINEE -> trainer.traineeToken(id);
            case TRAINER -> RunningTrainer.KEY;
        };
    }
}
