package org.cctrainer.sim.model;

/**
 * Virtual hold: when offered, a share of callers who would queue take a callback and keep
 * their place in line; the callback is then worked against its own deadline.
 */
public record CallbackPolicy(boolean offered, double takeRate, double deadlineSeconds) {
    public static final CallbackPolicy DEFAULT = new CallbackPolicy(false, 0.3, 3600);

    public CallbackPolicy {
        if (!(takeRate >= 0 && takeRate <= 1)) {
            throw new IllegalArgumentException("callback take rate must be in [0, 1], got " + takeRate);
        }
        if (!(deadlineSeconds > 0)) {
            throw new IllegalArgumentException("callback deadline must be > 0 seconds, got " + deadlineSeconds);
        }
    }

    public CallbackPolicy withOffered(boolean value) {
        return new CallbackPolicy(value, takeRate, deadlineSeconds);
    }
}
