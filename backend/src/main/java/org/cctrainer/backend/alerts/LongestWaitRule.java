package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;

/**
 * The oldest contact still waiting in a queue, against multiples of the queue's SLA threshold
 * T. Voice and chat customers feel minutes; an email queue's T is hours and the deadline itself
 * is the line, so email has its own multiples.
 */
public final class LongestWaitRule implements AlertRule {
    public static final String NAME = "longest-wait";

    /**
     * @param live multiples of T for voice and chat
     * @param email multiples of T for email (deferred work)
     */
    public record Settings(Limits live, Limits email, Debounce debounce) {
        public Settings {
            Objects.requireNonNull(live, "longest-wait: live limits");
            Objects.requireNonNull(email, "longest-wait: email limits");
            Objects.requireNonNull(debounce, "longest-wait: debounce");
        }

        /** The wait is already a time that has built up, so it raises at once and clears after a minute. */
        public static Settings defaults() {
            return new Settings(new Limits(3, 6, 5, 1), new Limits(0.75, 1, 0.9, 0.5), new Debounce(0, 60));
        }
    }

    private final Settings settings;

    public LongestWaitRule(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Debounce debounce() {
        return settings.debounce();
    }

    @Override
    public List<Reading> read(KpiSnapshot snapshot) {
        List<Reading> readings = new ArrayList<>();
        for (QueueKpis queue : snapshot.queues()) {
            double wait = queue.longestWaitSeconds();
            Zone zone = thresholdKnown(queue) ? limits(queue).zone(wait, false) : Zone.NO_DATA;
            readings.add(Reading.ofQueue(queue.id(), wait, zone));
        }
        return readings;
    }

    private static boolean thresholdKnown(QueueKpis queue) {
        return queue.slThresholdSeconds() > 0 && Double.isFinite(queue.slThresholdSeconds());
    }

    /** This queue's limits in seconds. */
    Limits limits(QueueKpis queue) {
        Limits multiples = "email".equals(queue.channel()) ? settings.email() : settings.live();
        return multiples.times(queue.slThresholdSeconds());
    }

    @Override
    public Description describe(KpiSnapshot snapshot, Reading reading, Severity severity, boolean resolved) {
        QueueKpis queue = snapshot.queue(reading.queue());
        Limits limits = limits(queue);
        String title = Wording.name(queue.name(), queue.id()) + " long wait";
        String subject = "email".equals(queue.channel()) ? "Oldest email waiting " : "Longest wait ";
        String against = " against " + Wording.article(Wording.duration(queue.slThresholdSeconds())) + " target";
        if (resolved) {
            return new Description(title, subject + "down to " + Wording.duration(reading.value()) + against,
                    limits.clear());
        }
        return new Description(title, subject + Wording.duration(reading.value()) + against,
                severity == Severity.CRITICAL ? limits.critical() : limits.warning());
    }
}
