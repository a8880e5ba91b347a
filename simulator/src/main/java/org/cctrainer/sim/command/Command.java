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
}
