package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.kpi.WindowKpis;

/** Abandoned ÷ (answered + abandoned) over the last 15 minutes, above a limit. */
public final class AbandonRateRule implements AlertRule {
    public static final String NAME = "abandon-rate";

    /**
     * @param minContacts answered + abandoned in the window before the rate means anything
     * @param limits fractions of 1 (0.08 = 8%)
     */
    public record Settings(long minContacts, Limits limits, Debounce debounce) {
        public Settings {
            if (minContacts < 1) {
                throw new IllegalArgumentException("abandon-rate: minContacts must be ≥ 1, got " + minContacts);
            }
            Objects.requireNonNull(limits, "abandon-rate: limits");
            Objects.requireNonNull(debounce, "abandon-rate: debounce");
        }

        public static Settings defaults() {
            return new Settings(10, new Limits(0.08, 0.15, 0.12, 0.05), new Debounce(120, 180));
        }
    }

    private final Settings settings;

    public AbandonRateRule(Settings settings) {
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
            boolean enough = window.answered() + window.abandoned() >= settings.minContacts();
            double rate = window.abandonRate();
            Zone zone = enough ? settings.limits().zone(rate, false) : Zone.NO_DATA;
            readings.add(Reading.ofQueue(queue.id(), rate, zone));
        }
        return readings;
    }

    @Override
    public Description describe(KpiSnapshot snapshot, Reading reading, Severity severity, boolean resolved) {
        QueueKpis queue = snapshot.queue(reading.queue());
        WindowKpis window = queue.last15();
        Limits limits = settings.limits();
        String title = Wording.name(queue.name(), queue.id()) + " abandons high";
        String counts = " (" + window.abandoned() + " of " + (window.answered() + window.abandoned())
                + ", last 15 min)";
        if (resolved) {
            return new Description(title, "Abandon rate down to " + Wording.percent(reading.value()) + counts,
                    limits.clear());
        }
        double line = severity == Severity.CRITICAL ? limits.critical() : limits.warning();
        String kind = severity == Severity.CRITICAL ? " critical limit" : " limit";
        return new Description(title, "Abandon rate " + Wording.percentBeside(reading.value(), line) + counts
                + " against " + Wording.article(Wording.percent(line)) + kind, line);
    }
}
