package org.cctrainer.sim.command;

import java.util.List;
import org.cctrainer.sim.model.SkillAssignment;

/**
 * An intervention: an immutable value applied at a virtual time. Each is validated against
 * the centre's state when it is applied; a rejected one changes nothing.
 */
public sealed interface Command {

    /** Give an agent a new skill set (moving them between queues). */
    record MoveAgent(String agent, List<SkillAssignment> skills) implements Command {
        public MoveAgent {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    record SetQueuePriority(String queue, int priority) implements Command {
    }

    /** Overflow to {@code to} after {@code afterSeconds}; an empty {@code to} turns overflow off. */
    record SetOverflow(String queue, double afterSeconds, List<String> to) implements Command {
        public SetOverflow {
            to = to == null ? List.of() : List.copyOf(to);
        }
    }

    /** Bring an agent back from break, training or coaching now. */
    record RecallAgent(String agent) implements Command {
    }

    /** Push the agent's next planned break, training or coaching back by {@code minutes}. */
    record PostponeActivity(String agent, double minutes) implements Command {
    }

    /** Authorise {@code count} overtime agents with {@code skills}, starting now, for {@code durationMinutes}. */
    record AddOvertime(int count, List<SkillAssignment> skills, String team, double durationMinutes)
            implements Command {
        public AddOvertime {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    /** Send agents home early (they finish the contact they are on first). */
    record SendHome(List<String> agents) implements Command {
        public SendHome {
            agents = agents == null ? List.of() : List.copyOf(agents);
        }
    }

    record SetCallbackOffer(String queue, boolean on) implements Command {
    }

    record SetIvrMessage(String queue, boolean on, String message) implements Command {
    }

    record SetDigitalDeflection(String queue, boolean on) implements Command {
    }

    /**
     * Say what kind of case an escalation case is: a {@code standard} complaint (frontline,
     * tier 1) or a {@code complex} escalation. The case stays open until it is escalated.
     */
    record ClassifyCase(String caseId, String classification) implements Command {
    }

    /**
     * Hand an open case to a tier (1 frontline, 2 specialist/team leader, 3 complaints and
     * compliance/management) with a named owner and a resolution deadline. Closes the case for
     * the trainee; what follows (resolved, repeat contacts, a complaint) depends on whether the
     * tier fits the case's criteria and whether the deadline was met.
     */
    record EscalateCase(String caseId, int tier, String owner, double resolveWithinMinutes) implements Command {
    }

    /**
     * One response to an open compliance event: {@code pause-recording}, {@code redact-recording},
     * {@code report-dpo}, {@code remove-agent}, {@code contact-customer}, or the policy-breaking
     * {@code stop-all-recording}.
     */
    record ComplianceAction(String eventId, String action) implements Command {
    }

    /**
     * The continuity plan for an outage: a fallback procedure (agents work around the system), an
     * IVR announcement (callers told, some call later), a stakeholder notice, and the
     * recovery-time objective promised.
     */
    record InvokeContinuityPlan(String outageId, String fallback, String ivrAnnouncement, String stakeholderNotice,
                                double recoveryTimeObjectiveMinutes) implements Command {
    }

    /**
     * Book a coaching session for an agent at a virtual time ({@code atSeconds} from the day's
     * start, now or later, within their shift) for {@code minutes}. The note itself is the
     * trainer's business; the centre models the time off the phones and, once the session has
     * happened, the agent's quality moving toward the standard.
     */
    record ScheduleCoaching(String agent, double atSeconds, double minutes) implements Command {
    }
}
