package org.cctrainer.sim.kpi;

import org.cctrainer.sim.model.ServiceLevelDefinition;
import org.cctrainer.sim.stats.Counters;

/**
 * A queue's (or the centre's) figures over one span: since the start, or the last 15 or 30
 * minutes. Ratios are NaN when their denominator is zero (nothing to measure yet).
 * Definitions are in docs/kpis.md.
 */
public record WindowKpis(long arrived, long offered, long answered, long answeredWithinThreshold, long abandoned,
                         long abandonedWithinThreshold, long abandonedShort, long waited, long blocked,
                         long deflected, long resolvedInIvr, long callbacksAccepted, long callbacksAnswered,
                         long callbacksWithinDeadline, long handled, double serviceLevel, double asaSeconds,
                         double abandonRate, double ahtSeconds, double occupancy, double fcrRate, double csat,
                         long surveys) {

    public static WindowKpis of(Counters c, ServiceLevelDefinition definition) {
        return new WindowKpis(c.arrived, c.offered, c.answered, c.answeredWithin, c.abandoned, c.abandonedWithin,
                c.abandonedShort, c.waited, c.blocked, c.deflectedOut, c.resolvedInIvr, c.callbacksAccepted,
                c.callbacksAnswered, c.callbacksWithinDeadline, c.handled,
                definition.compute(c.answeredWithin, c.answered, c.abandoned, c.abandonedShort),
                ratio(c.waitAnsweredSum, c.answered),
                ratio(c.abandoned, c.answered + c.abandoned),
                ratio(c.talkSum + c.wrapSum, c.handled),
                ratio(c.busySeconds, c.staffedSeconds),
                ratio(c.resolvedFirstTime, c.handled),
                ratio(c.csatSum, c.surveys),
                c.surveys);
    }

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
