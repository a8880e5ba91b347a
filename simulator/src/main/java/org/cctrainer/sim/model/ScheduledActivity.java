package org.cctrainer.sim.model;

/** A planned break, lunch, training or coaching session, in virtual seconds from the day's start. */
public record ScheduledActivity(ActivityType type, double start, double durationSeconds) {
    public ScheduledActivity {
        if (!(durationSeconds > 0)) {
            throw new IllegalArgumentException("activity duration must be > 0, got " + durationSeconds);
        }
    }

    public double end() {
        return start + durationSeconds;
    }
}
