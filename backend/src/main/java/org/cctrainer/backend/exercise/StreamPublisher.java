package org.cctrainer.backend.exercise;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.cctrainer.backend.Addresses;
import org.cctrainer.backend.alerts.AlertChange;
import org.cctrainer.backend.scoring.ScoreReport;
import org.cctrainer.backend.wire.StreamMessages;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.model.Durations;

/**
 * An exercise's side of the stream: numbers every message (seq), encodes it once, and publishes
 * it on the exercise's stream address with the headers a gateway routes by. Keeps the recent
 * events a new viewer's snapshot carries. Used only from the exercise's own event loop.
 */
final class StreamPublisher {
    private static final int RECENT_EVENTS = 200;

    private final Vertx vertx;
    private final String exercise;
    private final int startMinute;
    private final DoubleSupplier now;
    private final Deque<StreamMessages.EventMessage> recentEvents = new ArrayDeque<>();
    private long seq;
    private boolean last;
    private Tap tap = (type, t, encoded) -> { };

    /** Sees every message published except ticks (the journal keeps alerts, events and scores). */
    interface Tap {
        void published(String type, double t, Buffer encoded);
    }

    void tap(Tap newTap) {
        this.tap = newTap;
    }

    StreamPublisher(Vertx vertx, String exercise, int startMinute, DoubleSupplier now) {
        this.vertx = vertx;
        this.exercise = exercise;
        this.startMinute = startMinute;
        this.now = now;
    }

    /** The latest seq published: what a snapshot, an ack or an error repeats. */
    long seq() {
        return seq;
    }

    List<StreamMessages.EventMessage> recentEvents() {
        return List.copyOf(recentEvents);
    }

    /** From now on every message is the exercise's last: viewers are closed after it. */
    void finalMessages() {
        last = true;
    }

    long nextSeq() {
        return ++seq;
    }

    void alert(AlertChange change) {
        long alertSeq = ++seq;
        publish("alert", alertSeq, new StreamMessages.AlertMessage("alert", exercise, alertSeq, now.getAsDouble(),
                change.kind(), change.alert()), null);
    }

    void event(String kind, String summary, Map<String, Object> detail) {
        long eventSeq = ++seq;
        double t = now.getAsDouble();
        StreamMessages.EventMessage event = new StreamMessages.EventMessage("event", exercise, eventSeq, t,
                Durations.clock(t, startMinute), kind, summary, detail);
        recentEvents.addLast(event);
        if (recentEvents.size() > RECENT_EVENTS) {
            recentEvents.removeFirst();
        }
        publish("event", eventSeq, event, null);
    }

    /** A score for trainers only, or for everyone (the day is over, or the scenario shows it live). */
    void score(ScoreReport report, boolean everyone) {
        long scoreSeq = ++seq;
        publish("score", scoreSeq, new StreamMessages.ScoreMessage("score", exercise, scoreSeq, now.getAsDouble(), report),
                everyone ? null : "trainers");
    }

    void publish(String type, long messageSeq, Object message, String audience) {
        Buffer encoded = Wire.encode(message);
        DeliveryOptions options = new DeliveryOptions().addHeader(Addresses.HEADER_TYPE, type)
                .addHeader(Addresses.HEADER_SEQ, Long.toString(messageSeq))
                .addHeader(Addresses.HEADER_T, Double.toString(now.getAsDouble()));
        if (audience != null) {
            options.addHeader(Addresses.HEADER_AUDIENCE, audience);
        }
        if (last) {
            options.addHeader(Addresses.HEADER_FINAL, "true");
        }
        vertx.eventBus().publish(Addresses.stream(exercise), encoded, options);
        if (!type.equals("tick")) {
            tap.published(type, now.getAsDouble(), encoded);
        }
    }
}
