package org.cctrainer.backend.stream;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cctrainer.backend.Addresses;
import org.cctrainer.backend.metrics.ServerMetrics;

/**
 * One exercise's viewers on one gateway: a single event-bus subscription fans each encoded
 * message out to every socket. A client that cannot keep up loses ticks (each tick holds the
 * whole state, so the next one makes up for it), never alerts or events; one that stays stuck
 * is disconnected and, when it reconnects, starts again from a fresh snapshot.
 */
final class ExerciseFeed {
    /** Ten seconds of ticks skipped in a row at 4 a second: the client is stuck, not slow. */
    static final int MAX_CONSECUTIVE_SKIPS = 40;

    private final String exercise;
    private final ServerMetrics metrics;
    private final Set<Viewer> viewers = new LinkedHashSet<>();
    private final MessageConsumer<Buffer> consumer;

    ExerciseFeed(Vertx vertx, String exercise, ServerMetrics metrics) {
        this.exercise = exercise;
        this.metrics = metrics;
        this.consumer = vertx.eventBus().consumer(Addresses.stream(exercise), this::onMessage);
    }

    String exercise() {
        return exercise;
    }

    void add(Viewer viewer) {
        viewers.add(viewer);
    }

    /** Returns true when the feed has no viewers left (and has unsubscribed). */
    boolean remove(Viewer viewer) {
        viewers.remove(viewer);
        if (viewers.isEmpty()) {
            consumer.unregister();
            return true;
        }
        return false;
    }

    List<Viewer> viewers() {
        return new ArrayList<>(viewers);
    }

    private void onMessage(Message<Buffer> message) {
        String type = message.headers().get(Addresses.HEADER_TYPE);
        long seq = Long.parseLong(message.headers().get(Addresses.HEADER_SEQ));
        double t = Double.parseDouble(message.headers().get(Addresses.HEADER_T));
        boolean tick = "tick".equals(type);
        boolean trainersOnly = "trainers".equals(message.headers().get(Addresses.HEADER_AUDIENCE));
        SharedFrame frame = new SharedFrame(message.body());
        List<Viewer> stuck = null;
        for (Viewer viewer : viewers) {
            if (!viewer.ready || seq <= viewer.floorSeq || viewer.closed
                    || (trainersOnly && !viewer.role.equals(StreamHub.TRAINER))) {
                continue;
            }
            if (viewer.socket.isClosed()) {
                // Closing, its close handler not yet run: nothing more to send it.
                viewer.closed = true;
                continue;
            }
            if (tick && viewer.socket.writeQueueFull()) {
                metrics.tickSkipped();
                if (++viewer.consecutiveSkips > MAX_CONSECUTIVE_SKIPS) {
                    stuck = stuck == null ? new ArrayList<>() : stuck;
                    stuck.add(viewer);
                }
                continue;
            }
            if (tick) {
                viewer.consecutiveSkips = 0;
            }
            viewer.lastSeq = seq;
            viewer.lastT = t;
            viewer.socket.writeFrame(frame.frame());
            metrics.messageSent();
        }
        if (message.headers().contains(Addresses.HEADER_FINAL)) {
            // The exercise has stopped: this was its last message.
            for (Viewer viewer : viewers) {
                if (!viewer.closed) {
                    viewer.closed = true;
                    viewer.socket.close((short) 1000, "the exercise has stopped");
                }
            }
        }
        if (stuck != null) {
            for (Viewer viewer : stuck) {
                metrics.slowClientClosed();
                viewer.closed = true;
                viewer.socket.close((short) 1013, "too far behind: reconnect for a fresh snapshot");
            }
        }
    }
}
