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

    /**
     * A customer answered the post-contact survey. For the outcome of a failed escalation case
     * {@code agent} is null (no agent answered for it), {@code contact} is the customer's repeat
     * contact (0 if there is none) and {@code queue} the case's (null if it names none).
     */
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

    /**
     * An escalation case's deadline, or a compliance event's reporting deadline, passed while it
     * was still open (for a case, its customer is failed: see {@link ComplaintRaised}).
     */
    record CaseDeadlinePassed(double t, String incident) implements SimEvent {
    }

    /** The trainee said what kind of case it is; {@code correct} against the escalation procedure. */
    record CaseClassified(double t, String caseId, String classification, boolean correct) implements SimEvent {
    }

    /** The trainee handed a case to a tier; {@code requiredTier} is what the procedure asks for. */
    record CaseEscalated(double t, String caseId, int tier, int requiredTier, String owner, boolean beforeDeadline)
            implements SimEvent {
    }

    /** The owner of a well-escalated case has resolved it. */
    record CaseResolved(double t, String caseId) implements SimEvent {
    }

    /** A customer whose case was mishandled (under-tiered, late, or left open) complains. */
    record ComplaintRaised(double t, String caseId, String queue, String reason) implements SimEvent {
    }

    /** One response to a compliance event; {@code required} if the event needs it before it can close. */
    record ComplianceActionTaken(double t, String eventId, String action, boolean required) implements SimEvent {
    }

    /** A response that is itself against policy (switching recording off for the whole centre). */
    record PolicyBreached(double t, String eventId, String what) implements SimEvent {
    }

    /** Every required action of a compliance event is done; {@code withinDeadline} of its reporting deadline. */
    record ComplianceEventClosed(double t, String eventId, boolean withinDeadline) implements SimEvent {
    }

    /** The continuity plan for an outage is in force until the outage ends. */
    record ContinuityPlanInvoked(double t, String outageId, boolean hasFallback, boolean hasAnnouncement,
                                 boolean hasNotice, double rtoMinutes) implements SimEvent {
    }

    /** A coaching session booked by the trainee has happened: the agent's quality moves toward the standard. */
    record CoachingCompleted(double t, String agent) implements SimEvent {
    }

    record CommandApplied(double t, Command command, CommandResult result) implements SimEvent {
    }

    record CommandRejected(double t, Command command, CommandResult result) implements SimEvent {
    }
}
