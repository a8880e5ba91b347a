package org.cctrainer.backend.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.cctrainer.backend.RunningTrainer;
import org.cctrainer.backend.security.Role;
import org.cctrainer.backend.security.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stream's half of docs/security.md: who may open it, and who may send what on it. */
@DisplayName("Who may open the stream and send on it")
class StreamAccessTest {
    private static RunningTrainer trainer;
    private static String exercise;
    private static String other;

    @BeforeAll
    static void start() throws Exception {
        trainer = RunningTrainer.start();
        exercise = trainer.startExercise("volume-surge", 5).getString("id");
        other = trainer.startExercise("volume-surge", 5).getString("id");
    }

    @AfterAll
    static void stop() throws Exception {
        trainer.close();
    }

    private static int refusal(String uri) {
        return refusal(new WebSocketConnectOptions().setURI(uri));
    }

    private static int refusal(WebSocketConnectOptions options) {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> trainer.websockets.connect(options)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
        String message = refused.getCause().getMessage();
        for (int status : new int[] {401, 403, 404}) {
            if (message.contains(String.valueOf(status))) {
                return status;
            }
        }
        throw new AssertionError("not a refusal with a status: " + message);
    }

    @Test
    @DisplayName("trainers and trainees open it with a ticket, observers with their link; each gets the snapshot")
    void theRightCredentials() throws Exception {
        for (String role : new String[] {"trainer", "trainee", "observer"}) {
            try (TestViewer viewer = TestViewer.connect(trainer, exercise, role)) {
                assertEquals("snapshot", viewer.next().getString("type"), role);
            }
        }
    }

    @Test
    @DisplayName("no credential, another exercise's link, a spent, forged or expired ticket: 401 before the upgrade")
    void theWrongCredentials() throws Exception {
        assertEquals(401, refusal("/ws/exercises/" + exercise));
        String otherLink = trainer.streamUri(other, "observer");
        assertEquals(401, refusal("/ws/exercises/" + exercise + otherLink.substring(otherLink.indexOf('?'))),
                "an observer link opens its own exercise only");
        String uri = trainer.streamUri(exercise, "trainee");
        try (TestViewer first = TestViewer.connectTo(trainer.websockets, uri)) {
            first.next("snapshot");
        }
        assertEquals(401, refusal(uri), "a ticket works once");
        String otherTicket = trainer.streamUri(other, "trainer");
        assertEquals(401, refusal("/ws/exercises/" + exercise + otherTicket.substring(otherTicket.indexOf('?'))),
                "a ticket is for one exercise");
        String forged = new Tokens("somebody-elses-key-0123456789").issue(Role.TRAINER, exercise, Long.MAX_VALUE / 2);
        assertEquals(401, refusal("/ws/exercises/" + exercise + "?ticket=" + forged));
        String expired = new Tokens(RunningTrainer.KEY).issue(Role.TRAINER, exercise, System.currentTimeMillis() / 1000 - 1);
        assertEquals(401, refusal("/ws/exercises/" + exercise + "?ticket=" + expired));
    }

    @Test
    @DisplayName("a page from another site cannot open the stream, even with a good ticket; the trainer's own pages can")
    void origin() throws Exception {
        WebSocketConnectOptions foreign = new WebSocketConnectOptions().setURI(trainer.streamUri(exercise, "trainer"))
                .addHeader("origin", "https://evil.example");
        assertEquals(403, refusal(foreign));
        WebSocketConnectOptions own = new WebSocketConnectOptions().setURI(trainer.streamUri(exercise, "trainer"))
                .addHeader("origin", "http://localhost:" + trainer.port);
        var socket = trainer.websockets.connect(own).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.close();
    }

    @Test
    @DisplayName("only the trainee sends commands: a trainer's and an observer's are refused as the wrong role")
    void commandsByRole() throws Exception {
        String command = "{'id':'r1','action':'broadcast','message':'hello'}";
        try (TestViewer trainee = TestViewer.connect(trainer, exercise, "trainee");
             TestViewer coach = TestViewer.connect(trainer, exercise, "trainer");
             TestViewer observer = TestViewer.connect(trainer, exercise, "observer")) {
            trainee.next("snapshot");
            coach.next("snapshot");
            observer.next("snapshot");
            assertEquals("ack", trainee.command(command).getString("type"));
            assertEquals("wrong-role", coach.command(command.replace("r1", "r2")).getString("code"));
            assertEquals("wrong-role", observer.command(command.replace("r1", "r3")).getString("code"));
        }
    }

    @Test
    @DisplayName("a trainee flooding commands is slowed down, not served: the burst is 20, then 5 a second")
    void flood() throws Exception {
        try (TestViewer trainee = TestViewer.connect(trainer, other, "trainee")) {
            trainee.next("snapshot");
            for (int i = 0; i < 60; i++) {
                trainee.send(new JsonObject().put("type", "command").put("id", "f" + i).put("action", "open-view")
                        .put("view", "what-moved").encode());
            }
            int acks = 0;
            int limited = 0;
            while (acks + limited < 60) {
                JsonObject message = trainee.next();
                String type = message.getString("type");
                if ("ack".equals(type)) {
                    acks++;
                } else if ("error".equals(type) && "rate-limited".equals(message.getString("code"))) {
                    limited++;
                }
            }
            assertTrue(acks >= 20 && acks < 30, acks + " accepted");
            assertEquals(60 - acks, limited);
        }
    }
}
