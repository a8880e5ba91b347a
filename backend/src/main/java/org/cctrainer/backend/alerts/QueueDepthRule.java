package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;

/** Contacts waiting in a queue (callbacks not counted), at or above a depth. */
public final class QueueDepthRule implements AlertRule {
    public static final String NAME = "queue-depth";

    /**
     * Depths are counts and compare inclusively: warning at or above {@code warning}, resolved at
     * or below {@code clear}.
     *
     * @param live depths for voice and chat
     * @param email depths for email (a backlog of emails is normal)
     */
    public record Settings(Limits live, Limits email, Debounce debounce) {
        public Settings {
            Objects.requireNonNull(live, "queue-depth: live limits");
            Objects.requireNonNull(email, "queue-depth: email limits");
            Objects.requireNonNull(debounce, "queue-depth: debounce");
        }

        public static Settings defaults() {
            return new Settings(new Limits(10, 20, 15, 5), new Limits(50, 100, 75, 25), new Debounce(30, 60));
        }
    }

    private final Settings settings;

    public QueueDepthRule(Settings settings) {
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
            readings.add(Reading.ofQueue(queue.id(), queue.waiting(), limits(queue).zone(queue.waiting(), true)));
        }
        return readings;
    }

    private Limits limits(QueueKpis queue) {
        return "email".equals(queue.channel()) ? settings.email() : settings.live();
    }

    @Override
    public Description describe(KpiSnapshot snapshot, Reading reading, Severity severity, boolean resolved) {
        QueueKpis queue = snapshot.queue(reading.queue());
        Limits limits = limits(queue);
        String title = Wording.name(queue.name(), queue.id()) + " queue building";
        String waiting = Wording.contacts(Math.round(reading.value()), queue.channel()) + " waiting";
        if (resolved) {
            return new Description(title, "Queue down to " + waiting, limits.clear());
        }
        double line = severity == Severity.CRITICAL ? limits.critical() : limits.warning();
        String kind = severity == Severity.CRITICAL ? "critical limit" : "limit";
        return new Description(title, waiting + " against a " + kind + " of " + Math.round(line), line);
    }
}
