package org.cctrainer.sim.engine;

/**
 * Something that happens at a virtual time. Event objects are meant to be reused (an agent's
 * "contact ends" event, a queue's "next arrival" event), so scheduling allocates nothing.
 */
public abstract class Event {
    /** Events at the same time run in ascending priority, then in the order they were scheduled. */
    public static final int PRIORITY_NORMAL = 0;
    /** Runs after every normal event at the same time: used for interventions (see {@link EventScheduler}). */
    public static final int PRIORITY_LATE = 1;

    /** Sequence number of the calendar entry that is live for this event; -1 when not scheduled. */
    long liveSequence = -1;
    double time;

    /** Called by the scheduler when the clock reaches this event's time. */
    protected abstract void fire();

    public final boolean isScheduled() {
        return liveSequence >= 0;
    }
}
