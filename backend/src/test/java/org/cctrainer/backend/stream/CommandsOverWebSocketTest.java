package org.cctrainer.backend.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.stream.Stream;
import org.cctrainer.backend.RunningTrainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A trainee works the console over the WebSocket: every command is answered, every refusal says why and changes nothing. */
@DisplayName("Commands over the WebSocket")
class CommandsOverWebSocketTest {
    private static RunningTrainer trainer;
    private static String exercise;

    @BeforeAll
    static void start() throws Exception {
        trainer = RunningTrainer.start();
        exercise = trainer.startExercise("vulnerable-escalations", 20).getString("id");
    }

    @AfterAll
    static void stop() throws Exception {
        trainer.close();
    }

    @Test
    @DisplayName("a trainee moves an agent: the sender gets the ack, every viewer sees the command on the timeline")
    void moveAnAgent() throws Exception {
        try (TestViewer trainee = TestViewer.connect(trainer, exercise, "trainee");
             TestViewer wallboard = TestViewer.connect(trainer, exercise, null)) {
            trainee.next("snapshot");
            wallboard.next("snapshot");
            JsonObject ack = trainee.command("{'id':'m1','action':'move-agent','agent':'sam-ortiz',"
                    + "'skills':[{'queue':'billing'},{'queue':'support','priority':2}],'rationale':'billing 62%, support 91%'}");
            assertEquals("ack", ack.getString("type"), ack.encode());
            assertEquals("move-agent", ack.getString("action"));
            assertTrue(ack.getString("message").contains("billing"), ack.getString("message"));
            assertEquals(exercise, ack.getString("exercise"));
            JsonObject event = wallboard.next("event");
            while (!"command".equals(event.getString("kind"))) {
                event = wallboard.next("event");
            }
            assertEquals("m1", event.getJsonObject("detail").getString("id"));
            assertEquals("billing 62%, support 91%", event.getJsonObject("detail").getString("rationale"));
            trainee.send("{\"type\":\"agents\"}");
            JsonObject agents = trainee.next("agents");
            JsonObject sam = agents.getJsonArray("agents").stream().map(JsonObject.class::cast)
                    .filter(a -> a.getString("id").equals("sam-ortiz")).findFirst().orElseThrow();
            assertEquals("[\"billing\",\"support\"]", sam.getJsonArray("skills").encode());
        }
    }

    @Test
    @DisplayName("the staffing calculator answers in the ack with Erlang figures")
    void staffingCalculator() throws Exception {
        try (TestViewer trainee = TestViewer.connect(trainer, exercise, "trainee")) {
            trainee.next("snapshot");
            JsonObject ack = trainee.command("{'id':'s1','action':'staffing','queue':'billing','callsPerHour':120,'ahtSeconds':330}");
            JsonObject result = ack.getJsonObject("result");
            assertEquals("Erlang A", result.getString("model"));
            assertTrue(result.getInteger("requiredAgents") > 11, "120/h × 330 s is 11 Erlangs: " + result);
            assertTrue(result.getJsonObject("atRequired").getDouble("serviceLevel") >= 0.8);
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no id", "{'action':'broadcast','message':'hi'}", "bad-command", "id: is required"),
                Arguments.of("no action", "{'id':'r1'}", "bad-command", "action: is required"),
                Arguments.of("an unknown action", "{'id':'r2','action':'fire-everyone'}", "unknown-action", "actions are"),
                Arguments.of("an unknown field", "{'id':'r3','action':'broadcast','message':'hi','colour':'red'}",
                        "bad-command", "colour: unknown field"),
                Arguments.of("a value out of range", "{'id':'r4','action':'set-priority','queue':'billing','priority':12}",
                        "bad-command", "priority: must be between 1 and 9"),
                Arguments.of("a wrong type", "{'id':'r5','action':'add-overtime','count':'lots','skills':[{'queue':'billing'}],'durationMinutes':60}",
                        "bad-command", "count: must be a whole number"),
                Arguments.of("a bad clock time", "{'id':'r6','action':'schedule-coaching','agent':'sam-ortiz','at':'half past','minutes':30,"
                        + "'note':{'model':'SBI'}}", "bad-command", "at: must be a clock time"),
                Arguments.of("an unknown agent", "{'id':'r7','action':'recall-agent','agent':'nobody'}", "refused", "nobody"),
                Arguments.of("an unknown queue", "{'id':'r8','action':'set-callback-offer','queue':'mars','on':true}", "refused", "mars"),
                Arguments.of("an unknown case", "{'id':'r9','action':'escalate-case','case':'no-such-case','tier':2,'owner':'Ana','resolveWithinMinutes':60}",
                        "refused", "no-such-case"),
                Arguments.of("an alert that was never raised", "{'id':'r10','action':'acknowledge-alert','alert':'A999'}",
                        "not-found", "A999"),
                Arguments.of("a review of a change that never happened", "{'id':'r11','action':'review-change','change':'zz','verdict':'keep'}",
                        "refused", "no accepted change"),
                Arguments.of("a rationale too long", "{'id':'r12','action':'broadcast','message':'hi','rationale':'" + "x".repeat(600) + "'}",
                        "bad-command", "rationale: must be at most 500"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("a bad or impossible command is refused with a code and a reason, and the socket keeps streaming")
    void refused(String what, String command, String code, String text) throws Exception {
        try (TestViewer trainee = TestViewer.connect(trainer, exercise, "trainee")) {
            trainee.next("snapshot");
            JsonObject before = agentsOf(trainee);
            JsonObject error = trainee.command(command);
            assertEquals("error", error.getString("type"), error.encode());
            assertEquals(code, error.getString("code"), error.encode());
            assertTrue(error.getString("message").contains(text), error.getString("message"));
            assertFalse(error.encode().contains("Exception"), error.encode());
            assertEquals(before.getJsonArray("agents").stream().map(a -> ((JsonObject) a).getValue("skills")).toList(),
                    agentsOf(trainee).getJsonArray("agents").stream().map(a -> ((JsonObject) a).getValue("skills")).toList(),
                    "nothing changed");
            assertNotNull(trainee.next("tick"), "still streaming");
        }
    }

    @Test
    @DisplayName("the same command id twice is refused the second time")
    void duplicateIds() throws Exception {
        try (TestViewer trainee = TestViewer.connect(trainer, exercise, "trainee")) {
            trainee.next("snapshot");
            assertEquals("ack", trainee.command("{'id':'d1','action':'broadcast','message':'Team huddle at 10'}").getString("type"));
            JsonObject again = trainee.command("{'id':'d1','action':'broadcast','message':'Team huddle at 10'}");
            assertEquals("duplicate-id", again.getString("code"));
        }
    }

    @Test
    @DisplayName("an observer's wallboard is read-only")
    void observersCannotCommand() throws Exception {
        try (TestViewer observer = TestViewer.connect(trainer, exercise, "observer")) {
            observer.next("snapshot");
            observer.send("{\"type\":\"command\",\"id\":\"o1\",\"action\":\"broadcast\",\"message\":\"hello\"}");
            JsonObject error = observer.next("error");
            assertEquals("wrong-role", error.getString("code"));
        }
    }

    @Test
    @DisplayName("a trainer sees the score live; the trainee does not until the end")
    void scoreVisibility() throws Exception {
        String scored = trainer.startExercise("volume-surge", 20).getString("id");
        try (TestViewer coach = TestViewer.connect(trainer, scored, "trainer");
             TestViewer trainee = TestViewer.connect(trainer, scored, "trainee")) {
            coach.next("snapshot");
            trainee.next("snapshot");
            trainee.command("{'id':'w1','action':'open-view','view':'what-moved'}");
            JsonObject score = coach.next("score");
            assertTrue(score.getJsonObject("score").containsKey("points"), score.encode());
            assertNull(trainee.messages.stream().filter(m -> "score".equals(m.getString("type"))).findAny().orElse(null));
        }
        JsonObject http = trainer.call(io.vertx.core.http.HttpMethod.GET, "/api/exercises/" + scored + "/score", null).json();
        assertEquals("volume-surge", http.getString("scenario"));
    }

    private static JsonObject agentsOf(TestViewer viewer) throws InterruptedException {
        viewer.send("{\"type\":\"agents\"}");
        return viewer.next("agents");
    }
}
