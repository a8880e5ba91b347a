package org.cctrainer.backend.http;

import io.vertx.core.Handler;
import org.cctrainer.backend.metrics.ServerMetrics;

/**
 * Measures how late a periodic timer fires on this event loop: if the loop were blocked, the
 * delay would show here first (the trainer's own "is the event loop healthy" figure).
 */
final class EventLoopProbe implements Handler<Long> {
    static final long PERIOD_MILLIS = 100;

    private final ServerMetrics metrics;
    private long expected = System.nanoTime() + PERIOD_MILLIS * 1_000_000;

    EventLoopProbe(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Long timer) {
        long now = System.nanoTime();
        metrics.eventLoopDelay(now - expected);
        expected = now + PERIOD_MILLIS * 1_000_000;
    }
}
