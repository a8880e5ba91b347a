package org.cctrainer.backend.exercise;

/**
 * Turns wall-clock time into virtual time at a speed factor, paused or not. Pure arithmetic
 * on the nanosecond readings it is given, so it is tested without a clock.
 */
public final class Pacer {
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 60;

    private final double end;
    private double speed;
    private boolean paused;
    private double virtual;
    private long lastWallNanos;

    public Pacer(double speed, double end, long wallNanos) {
        this.speed = checkSpeed(speed);
        this.end = end;
        this.lastWallNanos = wallNanos;
    }

    public static double checkSpeed(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be between 0.5 and 60, got " + speed);
        }
        return speed;
    }

    /** Where virtual time should be now: it advances by speed × wall time elapsed, never past the end. */
    public double advance(long wallNanos) {
        if (!paused) {
            virtual = Math.min(end, virtual + speed * (wallNanos - lastWallNanos) / 1e9);
        }
        lastWallNanos = wallNanos;
        return virtual;
    }

    /** Changes take effect from {@code wallNanos}: time up to then runs at the old setting. */
    public void setSpeed(double newSpeed, long wallNanos) {
        advance(wallNanos);
        speed = checkSpeed(newSpeed);
    }

    public void pause(long wallNanos) {
        advance(wallNanos);
        paused = true;
    }

    public void resume(long wallNanos) {
        advance(wallNanos);
        paused = false;
    }

    /** Jumps to virtual time {@code t} (a replay's seek); the pace carries on from there. */
    public void seek(double t, long wallNanos) {
        virtual = Math.max(0, Math.min(end, t));
        lastWallNanos = wallNanos;
    }

    public boolean finished() {
        return virtual >= end;
    }

    public boolean paused() {
        return paused;
    }

    public double speed() {
        return speed;
    }

    public double virtualTime() {
        return virtual;
    }
}
