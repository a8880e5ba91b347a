package org.cctrainer.sim.validation;

import static org.cctrainer.sim.validation.BatchTallies.ratio;

import java.util.function.ToDoubleFunction;
import org.cctrainer.sim.erlang.QueueFigures;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.model.ServiceLevelDefinition;

/**
 * A figure both the simulator and the analytic model report, with how to read it from each: from
 * the model's {@link QueueFigures}, from the simulator's since-start KPIs (the pooled ratio over the
 * whole measured span, i.e. what a user sees), and per batch from {@link BatchTallies}.
 */
enum Statistic {
    P_WAIT("P(wait)", "waited ÷ offered", 0.002,
            QueueFigures::pWait,
            k -> ratio(k.waited(), k.offered()),
            (c, b) -> ratio(c.waited[b], c.offered[b])),
    SERVICE_LEVEL("SL", "answered within T ÷ (answered + abandoned)", 0.002,
            QueueFigures::serviceLevel,
            WindowKpis::serviceLevel,
            (c, b) -> ratio(c.answeredWithin[b], c.answered[b] + c.abandoned[b])),
    SERVICE_LEVEL_ANSWERED("SL answered", "answered within T ÷ answered", 0.002,
            QueueFigures::serviceLevelAnswered,
            k -> ServiceLevelDefinition.ANSWERED.compute(k.answeredWithinThreshold(), k.answered(), k.abandoned(),
                    k.abandonedShort()),
            (c, b) -> ratio(c.answeredWithin[b], c.answered[b])),
    SERVICE_LEVEL_EXCLUDING_SHORT("SL excl. short", "answered within T ÷ (answered + abandoned after 5 s)", 0.002,
            QueueFigures::serviceLevelExcludingShortAbandons,
            k -> ServiceLevelDefinition.EXCLUDE_SHORT_ABANDONS.compute(k.answeredWithinThreshold(), k.answered(),
                    k.abandoned(), k.abandonedShort()),
            (c, b) -> ratio(c.answeredWithin[b], c.answered[b] + c.abandoned[b] - c.abandonedShort[b])),
    ASA("ASA s", "mean wait of answered contacts", 0.05,
            QueueFigures::asaSeconds,
            WindowKpis::asaSeconds,
            (c, b) -> ratio(c.waitOfAnsweredSum[b], c.answered[b])),
    P_ABANDON("P(abandon)", "abandoned ÷ offered", 0.002,
            QueueFigures::pAbandon,
            k -> ratio(k.abandoned(), k.offered()),
            (c, b) -> ratio(c.abandoned[b], c.offered[b])),
    OCCUPANCY("occupancy", "busy agent time ÷ staffed agent time", 0.002,
            QueueFigures::occupancy,
            WindowKpis::occupancy,
            (c, b) -> ratio(c.busySeconds[b], c.staffedSeconds[b]));

    /** Per-batch value of a statistic. */
    @FunctionalInterface
    interface PerBatch {
        double value(BatchTallies tallies, int batch);
    }

    final String label;
    final String definition;
    /** Absolute slack added to the statistical half-width, for the discreteness of counts and rounding. */
    final double floor;
    private final ToDoubleFunction<QueueFigures> analytic;
    private final ToDoubleFunction<WindowKpis> simulated;
    private final PerBatch perBatch;

    Statistic(String label, String definition, double floor, ToDoubleFunction<QueueFigures> analytic,
              ToDoubleFunction<WindowKpis> simulated, PerBatch perBatch) {
        this.label = label;
        this.definition = definition;
        this.floor = floor;
        this.analytic = analytic;
        this.simulated = simulated;
        this.perBatch = perBatch;
    }

    double analytic(QueueFigures figures) {
        return analytic.applyAsDouble(figures);
    }

    double simulated(WindowKpis kpis) {
        return simulated.applyAsDouble(kpis);
    }

    /** The statistic in batch {@code b} of {@code tallies}: a ratio of that batch's sums. */
    double inBatch(BatchTallies tallies, int b) {
        return perBatch.value(tallies, b);
    }

    BatchMeans batches(BatchTallies tallies) {
        return tallies.perBatch(label, b -> perBatch.value(tallies, b));
    }
}
