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

    static TestViewer connect(RunningTrainer trainer, String exercise) throws Exception {
        return connect(trainer.websockets, exercise);
    }

    static TestViewer connect(io.vertx.core.http.WebSocketClient client, String exercise) throws Exception {
        // Handlers are set in the connect callback, on the socket's event loop, before any message can arrive.
        return client.connect(new WebSocketConnectOptions().setURI("/ws/exercises/" + exercise))
                .map(TestViewer::new).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    JsonObject next() throws InterruptedException {
        JsonObject message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 10 s");
        }
        return message;
    }

    JsonObject next(String type) throws InterruptedException {
        while (true) {
            JsonObject message = next();
            if (type.equals(message.getString("type"))) {
                return message;
            }
        }
    }

    void send(String text) {
        socket.writeTextMessage(text);
    }

    @Override
    public void close() {
        socket.close();
    }
}
