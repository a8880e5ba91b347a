package org.cctrainer.sim.centre;

import org.cctrainer.sim.engine.Event;
import org.cctrainer.sim.model.ActivityType;

/**
 * A planned break, lunch, training or coaching session at run time. Its scheduled window is
 * what adherence is measured against; if the agent is on a contact when it is due, it starts
 * late (after the contact) and still lasts its full length, as it would on a real floor.
 */
final class AgentActivity extends Event {
    enum Phase { PLANNED, DUE, RUNNING, DONE }

    final Agent agent;
    final ActivityType type;
    final double durationSeconds;
    double scheduledStart;
    double scheduledEnd;
    /** When it actually started (late if a contact ran over); NaN until it has. */
    double startedAt = Double.NaN;
    /**
     * A coaching session the trainee booked: when it has run its full length, the agent's
     * quality improves. Scripted coaching keeps its old meaning (time off the phones only).
     */
    boolean improvesQuality;
    Phase phase = Phase.PLANNED;

    AgentActivity(Agent agent, ActivityType type, double start, double durationSeconds) {
        this.agent = agent;
        this.type = type;
        this.durationSeconds = durationSeconds;
        this.scheduledStart = start;
        this.scheduledEnd = start + durationSeconds;
    }

    @Override
    protected void fire() {
        if (phase == Phase.PLANNED) {
            agent.centre.lifecycle.activityDue(this);
        } else if (phase == Phase.RUNNING) {
            agent.centre.lifecycle.activityOver(this);
        }
    }

    /** The time it takes up (or will): a late start pushes its end back. */
    double effectiveEnd(double now) {
        if (phase == Phase.RUNNING) {
            return Math.max(scheduledEnd, startedAt + durationSeconds);
        }
        if (phase == Phase.DUE) {
            return Math.max(scheduledEnd, now + durationSeconds);
        }
        return scheduledEnd;
    }

    @Override
    public String toString() {
        return type.wireName() + " of " + agent.id() + " at " + scheduledStart;
    }
}
