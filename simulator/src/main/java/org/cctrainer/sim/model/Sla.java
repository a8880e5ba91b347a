package org.cctrainer.sim.model;

/** A service-level target: {@code target} of contacts answered within {@code thresholdSeconds}. */
public record Sla(double target, double thresholdSeconds) {
    public Sla {
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("SLA target must be in (0, 1], got " + target);
        }
        if (!(thresholdSeconds > 0) || Double.isInfinite(thresholdSeconds)) {
            throw new IllegalArgumentException("SLA threshold must be > 0 seconds, got " + thresholdSeconds);
        }
    }

    /** "80/20" style, as centres say it. */
    public String describe() {
        return Math.round(target * 100) + "% in " + Durations.describe(thresholdSeconds);
    }
}
