package org.cctrainer.sim.centre;

import org.cctrainer.sim.engine.Event;
import org.cctrainer.sim.event.SimEvent.Origin;

/**
 * One customer contact. Its work (handle time at standard speed), wrap-up and patience are
 * drawn when it is created, from its queue's streams, so the same customer needs the same
 * work whoever answers and whatever the trainee changes. As an {@link Event} it is the
 * contact's own timer: a repeat contact's arrival, then its overflow and abandonment deadlines.
 */
final class Contact extends Event {
    enum Phase { SCHEDULED, WAITING, IN_SERVICE, DONE }

    long id;
    Origin origin;
    ServiceQueue queue;
    Phase phase = Phase.SCHEDULED;
    double arrivedAt;
    double enqueuedAt;
    /** Seconds waited before an agent answered (0 if answered on arrival). */
    double waitedSeconds;
    double work;
    double wrap;
    /** How long the customer will wait before giving up; +infinity if they never do. */
    double patience = Double.POSITIVE_INFINITY;
    /** Absolute virtual time the customer gives up; +infinity if they never do. */
    double abandonAt = Double.POSITIVE_INFINITY;
    double overflowAt = Double.POSITIVE_INFINITY;
    boolean overflowed;
    boolean callback;
    /** Counted in the since-start tallies (arrived inside the measured span). */
    boolean inCohort;
    int repeatCount;

    /** Neighbours in the queue's waiting line (intrusive list: O(1) removal on abandonment). */
    Contact previous;
    Contact next;

    Contact(long id, Origin origin, ServiceQueue queue) {
        reset(id, origin, queue);
    }

    /**
     * Makes a finished contact new again. The centre recycles contacts so a long run does not
     * allocate one object per customer; a stale calendar entry of the old life is recognised
     * as stale by the scheduler and dropped.
     */
    void reset(long newId, Origin newOrigin, ServiceQueue newQueue) {
        id = newId;
        origin = newOrigin;
        queue = newQueue;
        phase = Phase.SCHEDULED;
        arrivedAt = 0;
        enqueuedAt = 0;
        waitedSeconds = 0;
        work = 0;
        wrap = 0;
        patience = Double.POSITIVE_INFINITY;
        abandonAt = Double.POSITIVE_INFINITY;
        overflowAt = Double.POSITIVE_INFINITY;
        overflowed = false;
        callback = false;
        inCohort = false;
        repeatCount = 0;
        previous = null;
        next = null;
    }

    @Override
    protected void fire() {
        queue.centre.onContactTimer(this);
    }

    /** The earlier of the contact's pending deadlines. */
    double nextDeadline() {
        return overflowed ? abandonAt : Math.min(overflowAt, abandonAt);
    }

    @Override
    public String toString() {
        return "contact " + id + " on " + queue.id();
    }
}
