package org.cctrainer.backend.alerts;

/**
 * Thresholds of a measure where higher is worse (a wait, a rate, a depth, a duration).
 * Warning and critical raise; below {@code ease} a critical alert eases back to warning;
 * below {@code clear} an alert resolves. Must satisfy clear ≤ warning ≤ ease ≤ critical.
 */
public record Limits(double warning, double critical, double ease, double clear) {
    public Limits {
        if (!(Double.isFinite(warning) && Double.isFinite(critical) && Double.isFinite(ease)
                && Double.isFinite(clear))) {
            throw new IllegalArgumentException("limits must be finite numbers: " + this);
        }
        if (!(clear <= warning && warning <= ease && ease <= critical)) {
            throw new IllegalArgumentException("limits must satisfy clear ≤ warning ≤ ease ≤ critical, got clear "
                    + clear + ", warning " + warning + ", ease " + ease + ", critical " + critical);
        }
    }

    /** The same limits multiplied by {@code factor} (multiples of a queue's threshold into seconds). */
    public Limits times(double factor) {
        return new Limits(warning * factor, critical * factor, ease * factor, clear * factor);
    }

    /**
     * The zone of {@code value}. Strict: raise above a line, clear or ease below one.
     * Inclusive (whole counts such as queue depth): raise at or above, clear or ease at or below.
     */
    public Zone zone(double value, boolean inclusive) {
        if (Double.isNaN(value)) {
            return Zone.NO_DATA;
        }
        if (inclusive ? value >= critical : value > critical) {
            return Zone.CRITICAL;
        }
        if (inclusive ? value > ease : value >= ease) {
            return Zone.CRITICAL_MARGIN;
        }
        if (inclusive ? value >= warning : value > warning) {
            return Zone.WARNING;
        }
        if (inclusive ? value > clear : value >= clear) {
            return Zone.MARGIN;
        }
        return Zone.CLEAR;
    }
}
