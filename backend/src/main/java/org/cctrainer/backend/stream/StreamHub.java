package org.cctrainer.backend.stream;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.cctrainer.backend.Addresses;
import org.cctrainer.backend.http.GatewayLimits;
import org.cctrainer.backend.metrics.ServerMetrics;

/**
 * The WebSocket side of one gateway (one event loop): joins sockets to their exercise's feed,
 * sends each its snapshot first, answers what clients send, and cleans up when they leave.
 */
public final class StreamHub {
    /** Snapshot requests that take longer than this mean the exercise is gone or stuck. */
    static final long SNAPSHOT_TIMEOUT_MILLIS = 5_000;
    static final long COMMAND_TIMEOUT_MILLIS = 5_000;
    public static final String TRAINEE = "trainee";
    public static final String TRAINER = "trainer";
    public static final String OBSERVER = "observer";
    public static final java.util.List<String> ROLES = java.util.List.of(TRAINEE, TRAINER, OBSERVER);

    private final Vertx vertx;
    private final ServerMetrics metrics;
    private final Map<String, ExerciseFeed> feeds = new HashMap<>();
    private final org.cctrainer.backend.security.Security security;

    public StreamHub(Vertx vertx, ServerMetrics metrics, org.cctrainer.backend.security.Security security) {
        this.vertx = vertx;
        this.metrics = metrics;
        this.security = security;
    }

    /**
     * Takes over a freshly upgraded socket watching {@code exercise} in {@code role} (one of
     * {@link #ROLES}, established from its ticket or observer link); {@code subject} names the
     * credential for rate limits.
     */
    public void join(String exercise, ServerWebSocket socket, String role, String subject) {
        metrics.connectionOpened();
        Viewer viewer = new Viewer(socket, role, subject);
        ExerciseFeed feed = feeds.computeIfAbsent(exercise, id -> new ExerciseFeed(vertx, id, metrics));
        feed.add(viewer);
        socket.closeHandler(nothing -> leave(feed, viewer));
        socket.exceptionHandler(error -> onSocketError(viewer, error));
        socket.textMessageHandler(text -> onText(exercise, viewer, text));
        socket.binaryMessageHandler(bytes -> refuse(exercise, viewer, "binary-frame",
                "send JSON text frames, not binary ones"));
        requestSnapshot(exercise, viewer);
    }

    private void requestSnapshot(String exercise, Viewer viewer) {
        vertx.eventBus().<Buffer>request(Addresses.control(exercise), new JsonObject().put("action", "snapshot"),
                new DeliveryOptions().setSendTimeout(SNAPSHOT_TIMEOUT_MILLIS)).onComplete(reply -> {
                    if (viewer.closed) {
                        return;
                    }
                    if (reply.failed()) {
                        viewer.closed = true;
                        viewer.socket.close((short) 1011, reason(reply.cause()));
                        return;
                    }
                    Message<Buffer> message = reply.result();
                    viewer.floorSeq = Long.parseLong(message.headers().get(Addresses.HEADER_SEQ));
                    viewer.lastSeq = viewer.floorSeq;
                    viewer.lastT = Double.parseDouble(message.headers().get(Addresses.HEADER_T));
                    viewer.socket.writeFrame(new SharedFrame(message.body()).frame());
                    metrics.messageSent();
                    viewer.ready = true;
                });
    }

    private static String reason(Throwable cause) {
        if (cause instanceof ReplyException reply && reply.failureType() == io.vertx.core.eventbus.ReplyFailure.NO_HANDLERS) {
            return "the exercise has ended";
        }
        return "the exercise did not answer";
    }

    /** A frame too large or malformed closes with the code the protocol gives it (1009, 1002); anything else 1011. */
    private void onSocketError(Viewer viewer, Throwable error) {
        if (viewer.closed) {
            return;
        }
        viewer.closed = true;
        if (error instanceof CorruptedWebSocketFrameException corrupted) {
            metrics.badFrame();
            viewer.socket.close((short) corrupted.closeStatus().code(), abbreviate(corrupted.closeStatus().reasonText()));
        } else if (error instanceof IllegalStateException && String.valueOf(error.getMessage()).contains("max message size")) {
            // Vert.x reports a fragmented message that outgrows the limit this way.
            metrics.badFrame();
            viewer.socket.close((short) 1009, "message larger than " + GatewayLimits.MAX_FRAME_BYTES + " bytes");
        } else {
            viewer.socket.close((short) 1011, "the connection failed");
        }
    }

    private void leave(ExerciseFeed feed, Viewer viewer) {
        viewer.closed = true;
        metrics.connectionClosed();
        if (feed.remove(viewer)) {
            feeds.remove(feed.exercise());
        }
    }

    /** Pings are answered here, commands go to the exercise; anything else gets an error saying why. */
    private void onText(String exercise, Viewer viewer, String text) {
        JsonObject message;
        if (org.cctrainer.backend.wire.JsonDepth.tooDeep(text)) {
            refuse(exercise, viewer, "malformed-json", "messages nest at most " + org.cctrainer.backend.wire.JsonDepth.MAX
                    + " levels deep");
            return;
        }
        try {
            message = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            refuse(exercise, viewer, "malformed-json", "messages must be JSON objects");
            return;
        }
        String type = message.getValue("type") instanceof String s ? s : null;
        if ("ping".equals(type)) {
            send(viewer, new JsonObject().put("type", "pong").put("exercise", exercise).put("seq", viewer.lastSeq)
                    .put("t", viewer.lastT).put("id", message.getValue("id")));
            return;
        }
        if ("command".equals(type) || "agents".equals(type)) {
            Object id = message.getValue("id") instanceof String given ? given : null;
            if (viewer.role.equals(OBSERVER)) {
                refuse(exercise, viewer, id, "wrong-role", "an observer's wallboard is read-only: it cannot send commands");
            } else if ("command".equals(type) && !viewer.role.equals(TRAINEE)) {
                refuse(exercise, viewer, id, "wrong-role", "commands come from the exercise's trainee; a trainer injects and controls");
            } else if ("command".equals(type) && !security.allowCommand("commands:" + exercise, System.nanoTime())) {
                // Not counted as a bad frame: the command was well formed, just one too many.
                send(viewer, new JsonObject().put("type", "error").put("exercise", exercise).put("seq", viewer.lastSeq)
                        .put("t", viewer.lastT).put("id", id).put("code", "rate-limited")
                        .put("message", "too many commands: at most 5 a second (20 at once)"));
            } else if ("command".equals(type)) {
                forward(exercise, viewer, new JsonObject().put("action", "command").put("command", message));
            } else {
                forward(exercise, viewer, new JsonObject().put("action", "agents"));
            }
        } else if (type == null) {
            refuse(exercise, viewer, "missing-type", "a message needs a \"type\"");
        } else {
            refuse(exercise, viewer, "unknown-type", "unknown message type '" + abbreviate(type)
                    + "'; this stream accepts \"ping\", \"command\" and \"agents\"");
        }
    }

    /** Asks the exercise and writes its answer to this viewer alone. */
    private void forward(String exercise, Viewer viewer, JsonObject request) {
        vertx.eventBus().<Buffer>request(Addresses.control(exercise), request,
                new DeliveryOptions().setSendTimeout(COMMAND_TIMEOUT_MILLIS)).onComplete(reply -> {
                    if (viewer.closed) {
                        return;
                    }
                    if (reply.succeeded()) {
                        viewer.socket.writeTextMessage(reply.result().body().toString());
                        metrics.messageSent();
                    } else {
                        Object id = request.getJsonObject("command", new JsonObject()).getValue("id");
                        send(viewer, new JsonObject().put("type", "error").put("exercise", exercise)
                                .put("seq", viewer.lastSeq).put("t", viewer.lastT).put("id", id instanceof String ? id : null)
                                .put("code", "wrong-state").put("message", "the exercise did not answer: it has ended"));
                    }
                });
    }

    private void refuse(String exercise, Viewer viewer, String code, String text) {
        refuse(exercise, viewer, null, code, text);
    }

    /** An error for this viewer alone, echoing the id of the message it answers when there was one. */
    private void refuse(String exercise, Viewer viewer, Object id, String code, String text) {
        metrics.badFrame();
        JsonObject error = new JsonObject().put("type", "error").put("exercise", exercise).put("seq", viewer.lastSeq)
                .put("t", viewer.lastT).put("code", code).put("message", text);
        if (id != null) {
            error.put("id", id);
        }
        send(viewer, error);
    }

    private void send(Viewer viewer, JsonObject message) {
        if (!viewer.closed) {
            viewer.socket.writeTextMessage(message.encode());
            metrics.messageSent();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
