package org.cctrainer.backend.exercise;

/** Where an exercise is in its life. */
public enum ExerciseState {
    /** The simulated day is advancing at the exercise's speed. */
    RUNNING,
    /** Time stands still until resumed. */
    PAUSED,
    /** The simulated day is over; the final figures stay on the wallboard until it is stopped. */
    FINISHED,
    /** Ended by a trainer; its wallboard is gone. */
    STOPPED,
    /** Its trainer node went down while it ran: its journal stays, and it can be replayed. */
    INTERRUPTED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean live() {
        return this == RUNNING || this == PAUSED || this == FINISHED;
    }
}
