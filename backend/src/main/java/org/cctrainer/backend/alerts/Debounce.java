package org.cctrainer.backend.alerts;

/**
 * How long, in virtual seconds, a condition must hold before the engine acts on it.
 *
 * @param raiseAfterSeconds to raise an alert, and to escalate one from warning to critical
 * @param clearAfterSeconds to resolve an alert, and to ease one from critical to warning
 */
public record Debounce(double raiseAfterSeconds, double clearAfterSeconds) {
    public Debounce {
        if (!(raiseAfterSeconds >= 0 && clearAfterSeconds >= 0)
                || Double.isInfinite(raiseAfterSeconds) || Double.isInfinite(clearAfterSeconds)) {
            throw new IllegalArgumentException("debounce times must be finite and ≥ 0 seconds, got raise "
                    + raiseAfterSeconds + ", clear " + clearAfterSeconds);
        }
    }
}
