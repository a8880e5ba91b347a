package org.cctrainer.sim.event;

import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.model.AgentState;

/**
 * What happened in the centre, in order: the history a listener (journal, alerts, scoring,
 * tests) sees. Every event carries its virtual time {@code t} in seconds from the day's start.
 * Events are only built when a listener is attached, so a bare run allocates none of them.
 */
public sealed interface SimEvent {

    double t();

    /** How a contact came to be: a new one, a repeat of an unresolved one, or an escalation case. */
    enum Origin { NEW, REPEAT, CASE, DEFLECTED }

    record ContactArrived(double t, long contact, String queue, Origin origin) implements SimEvent {
    }

    /** Found no free agent and joined the queue. */
    record ContactQueued(double t, long contact, String queue, int waitingNow) implements SimEvent {
    }

    /** Refused at the door: the queue is closed by an outage. */
    record ContactBlocked(double t, long contact, String queue, String reason) implements SimEvent {
    }

    /** Resolved in the IVR by a recorded message, without an agent. */
    record ContactResolvedByIvr(double t, long contact, String queue) implements SimEvent {
    }

    /** Accepted the IVR's offer to move to a digital queue. */
    record ContactDeflected(double t, long contact, String fromQueue, String toQueue) implements SimEvent {
    }

    record CallbackAccepted(double t, long contact, String queue) implements SimEvent {
    }

    /** Waited past the overflow threshold and became eligible for the overflow queues' agents. */
    record ContactOverflowed(double t, long contact, String queue) implements SimEvent {
    }

    record ContactAnswered(double t, long contact, String queue, String agent, double waitSeconds,
                           boolean callback) implements SimEvent {
    }

    record ContactAbandoned(double t, long contact, String queue, double waitSeconds) implements SimEvent {
    }

    /** Talk ended; wrap-up may follow. {@code resolved} is first-contact resolution. */
    record ContactCompleted(double t, long contact, String queue, String agent, double talkSeconds,
                            double wrapSeconds, boolean resolved) implements SimEvent {
    }

    record AgentStateChanged(double t, String agent, AgentState from, AgentState to, String reason)
            implements SimEvent {
    }

    /** A customer answered the post-contact survey. */
    record SurveyReceived(double t, long contact, String queue, String agent, int csat, String verbatim)
            implements SimEvent {
    }

    /** A quality evaluator scored a contact; low scores are flagged with an excerpt of the recording. */
    record QaEvaluated(double t, long contact, String queue, String agent, int score, boolean flagged,
                       String excerpt) implements SimEvent {
    }

    record IncidentStarted(double t, Incident incident) implements SimEvent {
    }

    record IncidentEnded(double t, String incident) implements SimEvent {
    }

    /** An escalation case's deadline passed while it was still open. */
    record CaseDeadlinePassed(double t, String incident) implements SimEvent {
    }

    record CommandApplied(double t, Command command, CommandResult result) implements SimEvent {
    }

    record CommandRejected(double t, Command command, CommandResult result) implements SimEvent {
    }
}
