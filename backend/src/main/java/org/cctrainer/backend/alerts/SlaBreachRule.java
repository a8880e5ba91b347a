package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.kpi.WindowKpis;

/**
 * Service level over the last 15 minutes, by the queue's own definition, below its target.
 * Lower is worse, so the zones run the other way from {@link Limits}.
 */
public final class SlaBreachRule implements AlertRule {
    public static final String NAME = "sla-breach";

    /**
     * Margins are in fractions of 1 (0.15 = 15 percentage points).
     *
     * @param minContacts answered + abandoned in the window before the level means anything
     * @param criticalMargin critical when the level is more than this under target
     * @param easeMargin a critical alert eases when the level is back within this of target
     * @param clearMargin resolves when the level is more than this above target (or at 100%)
     */
    public record Settings(long minContacts, double criticalMargin, double easeMargin, double clearMargin,
                           Debounce debounce) {
        public Settings {
            if (minContacts < 1) {
                throw new IllegalArgumentException("sla-breach: minContacts must be ≥ 1, got " + minContacts);
            }
            if (!(0 <= easeMargin && easeMargin <= criticalMargin && criticalMargin <= 1
                    && 0 <= clearMargin && clearMargin <= 1)) {
                throw new IllegalArgumentException("sla-breach: margins must satisfy 0 ≤ ease ≤ critical ≤ 1 and "
                        + "0 ≤ clear ≤ 1, got ease " + easeMargin + ", critical " + criticalMargin + ", clear "
                        + clearMargin);
            }
            Objects.requireNonNull(debounce, "sla-breach: debounce");
        }

        public static Settings defaults() {
            return new Settings(10, 0.15, 0.13, 0.02, new Debounce(120, 180));
        }
    }

    private final Settings settings;

    public SlaBreachRule(Settings settings) {
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
            WindowKpis window = queue.last15();
            double level = window.serviceLevel();
            boolean enough = window.answered() + window.abandoned() >= settings.minContacts();
            Zone zone = enough ? zone(level, queue.slTarget()) : Zone.NO_DATA;
            readings.add(Reading.ofQueue(queue.id(), level, zone));
        }
        return readings;
    }

    Zone zone(double level, double target) {
        if (Double.isNaN(level) || Double.isNaN(target)) {
            return Zone.NO_DATA;
        }
        if (level > target + settings.clearMargin() || level >= 1) {
            return Zone.CLEAR;
        }
        if (level >= target) {
            return Zone.MARGIN;
        }
        if (level > target - settings.easeMargin()) {
            return Zone.WARNING;
        }
        if (level >= target - settings.criticalMargin()) {
            return Zone.CRITICAL_MARGIN;
        }
        return Zone.CRITICAL;
    }

    @Override
    public Description describe(KpiSnapshot snapshot, Reading reading, Severity severity, boolean resolved) {
        QueueKpis queue = snapshot.queue(reading.queue());
        double target = queue.slTarget();
        String title = Wording.name(queue.name(), queue.id()) + " below SLA";
        String level = Wording.percentBeside(reading.value(), target);
        String against = " (last 15 min) against " + Wording.percent(target) + " target";
        if (resolved) {
            return new Description(title, "Service level back to " + level + against,
                    Math.min(1, target + settings.clearMargin()));
        }
        if (severity == Severity.CRITICAL) {
            long under = Math.round((target - reading.value()) * 100);
            return new Description(title, "Service level " + level + against + ", " + under + " points under",
                    target - settings.criticalMargin());
        }
        return new Description(title, "Service level " + level + against, target);
    }
}
