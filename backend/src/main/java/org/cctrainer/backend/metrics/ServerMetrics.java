package org.cctrainer.backend.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.cctrainer.backend.exercise.ExerciseRegistry;

/** The trainer's own meters: connections, messages, slow clients, exercises, tick lag. */
public final class ServerMetrics {
    private final MeterRegistry registry;
    private final AtomicInteger connections = new AtomicInteger();
    private final Counter messagesSent;
    private final Counter ticksSkipped;
    private final Counter slowClientsClosed;
    private final Counter badFrames;
    private final Timer tickLag;
    private final Timer eventLoopDelay;
    private final Timer replaySeek;

    public ServerMetrics(MeterRegistry registry, ExerciseRegistry exercises) {
        this.registry = registry;
        Gauge.builder("cctrainer_websocket_connections", connections, AtomicInteger::get)
                .description("WebSocket connections open now").register(registry);
        messagesSent = Counter.builder("cctrainer_websocket_messages_sent")
                .description("Messages written to WebSocket clients").register(registry);
        ticksSkipped = Counter.builder("cctrainer_websocket_ticks_skipped")
                .description("Ticks not sent to a client whose write queue was full (it gets the next one)")
                .register(registry);
        slowClientsClosed = Counter.builder("cctrainer_websocket_slow_clients_closed")
                .description("Clients disconnected for staying too far behind").register(registry);
        badFrames = Counter.builder("cctrainer_websocket_bad_frames")
                .description("Frames from clients that were refused (malformed, unknown, too large)").register(registry);
        gauge("cctrainer_exercises_running", "Exercises whose day is advancing", exercises,
                r -> (double) r.running());
        gauge("cctrainer_exercises", "Exercises on this node, in any state", exercises, r -> (double) r.size());
        tickLag = Timer.builder("cctrainer_tick_lag")
                .description("How late a tick was sent against its schedule, computing it included")
                .publishPercentileHistogram() // buckets: Prometheus computes quantiles with histogram_quantile
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
        replaySeek = Timer.builder("cctrainer_replay_seek")
                .description("How long a replay took to jump to a moment (back: the day replayed from the start)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        eventLoopDelay = Timer.builder("cctrainer_event_loop_delay")
                .description("How late a periodic probe timer fired on a Vert.x event loop")
                .publishPercentileHistogram() // buckets: Prometheus computes quantiles with histogram_quantile
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
    }

    /** The journal's health: entries waiting to be written, and whether writing is failing. */
    public void watchJournal(org.cctrainer.backend.journal.Journal journal) {
        gauge("cctrainer_journal_backlog", "Journal entries waiting to be written", journal, j -> (double) j.backlog());
        gauge("cctrainer_journal_degraded", "1 while the journal cannot write (entries are kept and retried)", journal,
                j -> j.problem() == null ? 0 : 1);
        Timer writes = Timer.builder("cctrainer_journal_write")
                .description("How long the journal took to store one batch (one transaction)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        journal.observeWrites((entries, nanos) -> writes.record(Duration.ofNanos(nanos)));
    }

    private <T> void gauge(String name, String help, T target, ToDoubleFunction<T> value) {
        Gauge.builder(name, target, value).description(help).register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void connectionOpened() {
        connections.incrementAndGet();
    }

    public void connectionClosed() {
        connections.decrementAndGet();
    }

    public int connections() {
        return connections.get();
    }

    public void messageSent() {
        messagesSent.increment();
    }

    public void tickSkipped() {
        ticksSkipped.increment();
    }

    public double ticksSkipped() {
        return ticksSkipped.count();
    }

    public void slowClientClosed() {
        slowClientsClosed.increment();
    }

    public void badFrame() {
        badFrames.increment();
    }

    public void tickLag(long nanos) {
        tickLag.record(Duration.ofNanos(Math.max(0, nanos)));
    }

    public void replaySeek(long nanos) {
        replaySeek.record(Duration.ofNanos(Math.max(0, nanos)));
    }

    public void eventLoopDelay(long nanos) {
        eventLoopDelay.record(Duration.ofNanos(Math.max(0, nanos)));
    }
}
