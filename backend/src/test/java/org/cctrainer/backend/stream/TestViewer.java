package org.cctrainer.backend.stream;

import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cctrainer.backend.RunningTrainer;

/** A test's WebSocket client of an exercise: messages land in a queue read step by step. */
final class TestViewer implements AutoCloseable {
    final WebSocket socket;
    final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    volatile Short closeStatus;

    private TestViewer(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        socket.closeHandler(nothing -> closeStatus = socket.closeStatusCode() == null ? -1 : socket.closeStatusCode());
    }

    /** Connects as an observer, with the exercise's observer link. */
    static TestViewer connect(RunningTrainer trainer, String exercise) throws Exception {
        return connect(trainer, exercise, null);
    }

    /** Connects in a role ("trainee", "trainer", "observer"; null: observer) with the credentials that role has. */
    static TestViewer connect(RunningTrainer trainer, String exercise, String role) throws Exception {
        return connectTo(trainer.websockets, trainer.streamUri(exercise, role));
    }

    static TestViewer connectTo(io.vertx.core.http.WebSocketClient client, String uri) throws Exception {
        // Handlers are set in the connect callback, on the socket's event loop, before any message can arrive.
        return client.connect(new WebSocketConnectOptions().setURI(uri))
                .map(TestViewer::new).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    JsonObject next() throws InterruptedException {
        JsonObject message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 10 s");
        }
        return message;
    }

    /** The next message of {@code type}, skipping others; fails after 15 s rather than wait on a live stream forever. */
    JsonObject next(String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            JsonObject message = next();
            if (type.equals(message.getString("type"))) {
                return message;
            }
        }
        throw new AssertionError("no '" + type + "' message within 15 s");
    }

    /** Sends a command (single quotes allowed) and returns its ack or error, skipping the stream in between. */
    JsonObject command(String json) throws InterruptedException {
        JsonObject command = new JsonObject(json.replace('\'', '"'));
        socket.writeTextMessage(command.put("type", "command").encode());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject message = next();
            String type = message.getString("type");
            if (("ack".equals(type) || "error".equals(type)) && java.util.Objects.equals(command.getValue("id"), message.getValue("id"))) {
                return message;
            }
        }
        throw new AssertionError("no answer to command " + command.getValue("id") + " within 10 s");
    }

    void send(String text) {
        socket.writeTextMessage(text);
    }

    @Override
    public void close() {
        socket.close();
    }
}
