package org.cctrainer.sim.centre;

import java.util.Locale;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.model.ActivityType;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.model.QualityTraits;

/**
 * Coaching sessions the trainee books. A session is planned time off the phones like scripted
 * coaching (the agent goes to COACHING when it is due, after the contact in hand); once it has
 * run its full length, the agent's quality moves halfway toward the standard the centre coaches
 * to. Only upward: coaching does not make a strong agent average. A session cut short (the agent
 * recalled, sent home) has no effect.
 */
final class CoachingSessions {
    static final double MIN_MINUTES = 10;
    static final double MAX_MINUTES = 120;
    /** The standard coaching aims at. */
    static final double TARGET_QA = 85;
    static final double TARGET_CSAT = 4.3;
    static final double TARGET_FCR = 0.8;

    private final ContactCentre centre;

    CoachingSessions(ContactCentre centre) {
        this.centre = centre;
    }

    CommandResult schedule(Command.ScheduleCoaching c) {
        Agent agent = centre.agent(c.agent());
        if (agent == null) {
            return CommandResult.rejected("unknown agent '" + c.agent() + "'");
        }
        String name = agent.config.name();
        if (agent.goneForTheDay) {
            return CommandResult.rejected(name + " has gone home for the day");
        }
        if (!(c.minutes() >= MIN_MINUTES && c.minutes() <= MAX_MINUTES)) {
            return CommandResult.rejected("a coaching session lasts 10–120 minutes, got " + c.minutes());
        }
        double now = centre.now();
        double start = c.atSeconds();
        double end = start + c.minutes() * 60;
        if (Double.isNaN(start)) {
            return CommandResult.rejected("say when the session is");
        }
        if (start < now) {
            return CommandResult.rejected("a session is booked for now or later; it is " + clock(now)
                    + ", the session was for " + clock(start));
        }
        if (start < agent.shiftStart || end > agent.shiftEnd) {
            return CommandResult.rejected("the session (" + clock(start) + "–" + clock(end) + ") must fit in "
                    + name + "'s shift, " + clock(agent.shiftStart) + "–" + clock(agent.shiftEnd));
        }
        for (AgentActivity other : agent.activities) {
            if (other.phase != AgentActivity.Phase.DONE && start < other.effectiveEnd(now)
                    && other.scheduledStart < end) {
                return CommandResult.rejected("the session overlaps " + name + "'s " + other.type.wireName() + " at "
                        + clock(other.scheduledStart));
            }
        }
        centre.lifecycle.plan(agent, ActivityType.COACHING, start, end - start, true);
        return CommandResult.applied("coaching for " + name + " booked at " + clock(start) + " for " + fmt(c.minutes())
                + " min");
    }

    /** A booked session has run its full length: QA, CSAT and first-contact resolution improve. */
    void completed(Agent agent) {
        QualityTraits q = agent.quality;
        agent.quality = new QualityTraits(q.speed(), towards(q.qaMean(), TARGET_QA), towards(q.csatMean(), TARGET_CSAT),
                towards(q.fcrRate(), TARGET_FCR));
        if (centre.listening()) {
            centre.emit(new SimEvent.CoachingCompleted(centre.now(), agent.id()));
        }
    }

    /** Halfway to the target from below; unchanged at or above it. */
    static double towards(double value, double target) {
        return value < target ? value + (target - value) / 2 : value;
    }

    private String clock(double t) {
        return Durations.clock(t, centre.scenario.startMinuteOfDay());
    }

    private static String fmt(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes)
                : String.format(Locale.ROOT, "%.1f", minutes);
    }
}
