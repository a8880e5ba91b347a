package org.cctrainer.backend.faults;

import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Vert.x WebSocket client of an exercise for the fault tests. Stream messages (snapshot,
 * tick, alert, event, score) are counted, and kept only if asked; the answers to what the
 * client sends (ack, error, pong, agents) are always kept, in order. Text that is not JSON is
 * kept too, as a problem to report.
 */
final class FaultViewer implements AutoCloseable {
    static final Set<String> STREAM = Set.of("snapshot", "tick", "alert", "event", "score");

    final WebSocket socket;
    final BlockingQueue<JsonObject> answers = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonObject> stream = new LinkedBlockingQueue<>();
    final BlockingQueue<String> notJson = new LinkedBlockingQueue<>();
    final AtomicInteger ticks = new AtomicInteger();
    final AtomicInteger snapshots = new AtomicInteger();
    /** The highest seq of a stream message so far; -1 before the snapshot. */
    final AtomicLong lastSeq = new AtomicLong(-1);
    /** Stream messages whose seq was not above the one before: must stay 0. */
    final AtomicInteger outOfOrder = new AtomicInteger();
    final CompletableFuture<Short> closed = new CompletableFuture<>();
    private final boolean keepStream;

    private FaultViewer(WebSocket socket, boolean keepStream) {
        this.socket = socket;
        this.keepStream = keepStream;
        socket.textMessageHandler(this::onText);
        socket.closeHandler(nothing -> closed.complete(socket.closeStatusCode() == null ? -1 : socket.closeStatusCode()));
        socket.exceptionHandler(error -> { });
    }

    /** Connects to {@code uri} (a stream path with its credential); {@code keepStream} keeps stream messages for reading. */
    static FaultViewer connect(WebSocketClient client, String uri, boolean keepStream) throws Exception {
        // Handlers are set in the connect callback, on the socket's event loop, before any message can arrive.
        return client.connect(new WebSocketConnectOptions().setURI(uri)).map(ws -> new FaultViewer(ws, keepStream))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void onText(String text) {
        JsonObject message;
        try {
            message = new JsonObject(text);
        } catch (RuntimeException e) {
            notJson.add(text.length() > 200 ? text.substring(0, 200) + "…" : text);
            return;
        }
        String type = message.getString("type");
        if (STREAM.contains(type)) {
            long seq = message.getLong("seq", -1L);
            if ("snapshot".equals(type)) {
                snapshots.incrementAndGet();
            } else if ("tick".equals(type)) {
                ticks.incrementAndGet();
            }
            long before = lastSeq.getAndSet(seq);
            if (seq <= before && !"snapshot".equals(type)) {
                outOfOrder.incrementAndGet();
            }
            if (keepStream || "snapshot".equals(type)) {
                stream.add(message);
            }
        } else {
            answers.add(message);
        }
    }

    /** The next stream message kept (a snapshot always is), or an AssertionError after 10 s. */
    JsonObject nextStream() throws InterruptedException {
        JsonObject message = stream.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no stream message within 10 s");
        }
        return message;
    }

    /** The answer to what was just sent, or null if none came within {@code millis} (or the socket closed first). */
    JsonObject answer(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            JsonObject answer = answers.poll(20, TimeUnit.MILLISECONDS);
            if (answer != null) {
                return answer;
            }
            if (closed.isDone()) {
                return answers.poll();
            }
        }
        return null;
    }

    /** The close code, waiting up to {@code millis}; null if still open. */
    Short closeCode(long millis) throws InterruptedException {
        try {
            return closed.get(millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException open) {
            return null;
        } catch (java.util.concurrent.ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.close();
        }
    }
}
