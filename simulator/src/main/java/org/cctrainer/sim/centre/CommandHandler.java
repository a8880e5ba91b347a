package org.cctrainer.sim.centre;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.AgentState;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.Overflow;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.SkillAssignment;

/**
 * Validates each intervention against the centre as it is now and applies it. A rejected
 * command returns its reason and changes nothing: every check runs before the first change.
 * Decisions on cases, compliance events, continuity plans and coaching are handled by their
 * own desks ({@link CaseDesk}, {@link ComplianceDesk}, {@link ContinuityPlans},
 * {@link CoachingSessions}), which follow the same rule.
 */
final class CommandHandler {
    static final int MAX_OVERTIME_AGENTS = 50;
    static final double MAX_OVERFLOW_SECONDS = 3600;
    static final double MAX_POSTPONE_MINUTES = 120;

    private final ContactCentre centre;
    private int overtimeCount;
    /** Agent-seconds of overtime authorised, and of shift given back by sending agents home. */
    double overtimeAgentSeconds;
    double sentHomeAgentSeconds;

    CommandHandler(ContactCentre centre) {
        this.centre = centre;
    }

    CommandResult apply(Command command) {
        if (command instanceof Command.MoveAgent c) {
            return moveAgent(c);
        } else if (command instanceof Command.SetQueuePriority c) {
            return setPriority(c);
        } else if (command instanceof Command.SetOverflow c) {
            return setOverflow(c);
        } else if (command instanceof Command.RecallAgent c) {
            return recall(c);
        } else if (command instanceof Command.PostponeActivity c) {
            return postpone(c);
        } else if (command instanceof Command.AddOvertime c) {
            return addOvertime(c);
        } else if (command instanceof Command.SendHome c) {
            return sendHome(c);
        } else if (command instanceof Command.SetCallbackOffer c) {
            return setCallbackOffer(c);
        } else if (command instanceof Command.SetIvrMessage c) {
            return setIvrMessage(c);
        } else if (command instanceof Command.SetDigitalDeflection c) {
            return setDeflection(c);
        } else if (command instanceof Command.ClassifyCase c) {
            return centre.cases.classify(c);
        } else if (command instanceof Command.EscalateCase c) {
            return centre.cases.escalate(c);
        } else if (command instanceof Command.ComplianceAction c) {
            return centre.compliance.act(c);
        } else if (command instanceof Command.InvokeContinuityPlan c) {
            return centre.continuity.invoke(c);
        } else if (command instanceof Command.ScheduleCoaching c) {
            return centre.coaching.schedule(c);
        }
        return CommandResult.rejected("unsupported command " + command.getClass().getSimpleName());
    }

    private CommandResult moveAgent(Command.MoveAgent c) {
        Agent agent = centre.agent(c.agent());
        if (agent == null) {
            return unknownAgent(c.agent());
        }
        if (agent.goneForTheDay) {
            return CommandResult.rejected(agent.config.name() + " has gone home for the day");
        }
        if (agent.removedReason != null) {
            return CommandResult.rejected(agent.config.name() + " is off the queues for a " + agent.removedReason);
        }
        String problem = skillsProblem(c.skills());
        if (problem != null) {
            return CommandResult.rejected(problem);
        }
        centre.lifecycle.setSkills(agent, c.skills());
        return CommandResult.applied(agent.config.name() + " now takes " + describe(c.skills()));
    }

    private CommandResult setPriority(Command.SetQueuePriority c) {
        ServiceQueue queue = centre.queue(c.queue());
        if (queue == null) {
            return unknownQueue(c.queue());
        }
        if (c.priority() < QueueConfig.MIN_PRIORITY || c.priority() > QueueConfig.MAX_PRIORITY) {
            return CommandResult.rejected("priority must be 1 (lowest) to 10 (highest), got " + c.priority());
        }
        if (queue.priority == c.priority()) {
            return CommandResult.rejected(queue.id() + " is already at priority " + c.priority());
        }
        int before = queue.priority;
        queue.priority = c.priority();
        return CommandResult.applied(queue.id() + " priority " + before + " → " + c.priority());
    }

    private CommandResult setOverflow(Command.SetOverflow c) {
        ServiceQueue queue = centre.queue(c.queue());
        if (queue == null) {
            return unknownQueue(c.queue());
        }
        if (!(c.afterSeconds() >= 0 && c.afterSeconds() <= MAX_OVERFLOW_SECONDS)) {
            return CommandResult.rejected("overflow threshold must be 0–3600 seconds, got " + c.afterSeconds());
        }
        for (String target : c.to()) {
            ServiceQueue to = centre.queue(target);
            if (to == null) {
                return unknownQueue(target);
            }
            if (to == queue) {
                return CommandResult.rejected("a queue cannot overflow to itself");
            }
            if (to.config.channel() != queue.config.channel()) {
                return CommandResult.rejected("cannot overflow " + queue.config.channel().wireName() + " contacts to "
                        + to.config.channel().wireName() + " queue " + target);
            }
        }
        queue.setOverflow(c.to().isEmpty() ? null : new Overflow(c.afterSeconds(), c.to()));
        centre.rebuildOverflowSources();
        List<Contact> due = new ArrayList<>();
        for (Contact contact = queue.line.head(); contact != null; contact = contact.next) {
            contact.overflowed = false;
            contact.overflowAt = ContactCentre.overflowTime(queue, contact.enqueuedAt);
            if (contact.overflowAt <= centre.now()) {
                due.add(contact);
            } else {
                centre.scheduleDeadline(contact);
            }
        }
        for (Contact contact : due) {
            if (contact.phase == Contact.Phase.WAITING) {
                centre.overflow(contact);
                if (contact.phase == Contact.Phase.WAITING) {
                    centre.scheduleDeadline(contact);
                }
            }
        }
        return CommandResult.applied(c.to().isEmpty() ? queue.id() + " overflow off"
                : queue.id() + " overflows to " + String.join(", ", c.to()) + " after " + c.afterSeconds() + " s");
    }

    private CommandResult recall(Command.RecallAgent c) {
        Agent agent = centre.agent(c.agent());
        if (agent == null) {
            return unknownAgent(c.agent());
        }
        if (agent.state == AgentState.LUNCH) {
            return CommandResult.rejected(agent.config.name()
                    + " is on lunch, a rest break they are entitled to: postpone a later activity instead");
        }
        if (agent.runningActivity == null) {
            return CommandResult.rejected(agent.config.name() + " is " + agent.state.wireName()
                    + ", not on a break, training or coaching");
        }
        String what = agent.runningActivity.type.wireName();
        centre.lifecycle.recall(agent);
        return CommandResult.applied(agent.config.name() + " recalled from " + what);
    }

    private CommandResult postpone(Command.PostponeActivity c) {
        Agent agent = centre.agent(c.agent());
        if (agent == null) {
            return unknownAgent(c.agent());
        }
        if (!(c.minutes() > 0 && c.minutes() <= MAX_POSTPONE_MINUTES)) {
            return CommandResult.rejected("postpone by 1–120 minutes, got " + c.minutes());
        }
        AgentActivity next = null;
        for (AgentActivity activity : agent.activities) {
            boolean waiting = activity.phase == AgentActivity.Phase.PLANNED || activity.phase == AgentActivity.Phase.DUE;
            if (waiting && (next == null || activity.scheduledStart < next.scheduledStart)) {
                next = activity;
            }
        }
        if (next == null) {
            return CommandResult.rejected(agent.config.name() + " has no break, training or coaching left to postpone");
        }
        if (next.scheduledStart + c.minutes() * 60 >= agent.shiftEnd) {
            return CommandResult.rejected("postponing " + agent.config.name() + "'s " + next.type.wireName()
                    + " by " + c.minutes() + " min would push it past the end of the shift");
        }
        centre.lifecycle.postpone(next, c.minutes() * 60);
        return CommandResult.applied(agent.config.name() + "'s " + next.type.wireName() + " postponed by "
                + c.minutes() + " min");
    }

    private CommandResult addOvertime(Command.AddOvertime c) {
        if (c.count() < 1 || c.count() > MAX_OVERTIME_AGENTS) {
            return CommandResult.rejected("overtime is for 1–50 agents at a time, got " + c.count());
        }
        if (!(c.durationMinutes() >= 15 && c.durationMinutes() <= 480)) {
            return CommandResult.rejected("overtime lasts 15–480 minutes, got " + c.durationMinutes());
        }
        String problem = skillsProblem(c.skills());
        if (problem != null) {
            return CommandResult.rejected(problem);
        }
        double now = centre.now();
        double end = now + c.durationMinutes() * 60;
        for (int i = 0; i < c.count(); i++) {
            String id = "ot-" + (++overtimeCount);
            AgentConfig config = new AgentConfig(id, "Overtime " + overtimeCount, c.team(), c.skills(), now, end,
                    List.of(), QualityTraits.STANDARD, 0, 0);
            Agent agent = centre.lifecycle.addAgent(config, true);
            // Authorised overtime is on the phones at once, not at the next event.
            centre.scheduler().cancel(agent.shiftTimer);
            centre.lifecycle.onShiftTimer(agent);
        }
        overtimeAgentSeconds += c.count() * c.durationMinutes() * 60;
        return CommandResult.applied(c.count() + " overtime agent(s) on " + describe(c.skills()) + " for "
                + c.durationMinutes() + " min");
    }

    private CommandResult sendHome(Command.SendHome c) {
        if (c.agents().isEmpty()) {
            return CommandResult.rejected("name at least one agent to send home");
        }
        List<Agent> going = new ArrayList<>();
        for (String id : c.agents()) {
            Agent agent = centre.agent(id);
            if (agent == null) {
                return unknownAgent(id);
            }
            if (agent.goneForTheDay || agent.state == AgentState.LOGGED_OUT) {
                return CommandResult.rejected(agent.config.name() + " is not logged in");
            }
            going.add(agent);
        }
        for (Agent agent : going) {
            sentHomeAgentSeconds += Math.max(0, agent.shiftEnd - centre.now());
            centre.lifecycle.sendHome(agent, "sent home");
        }
        return CommandResult.applied(going.size() + " agent(s) sent home");
    }

    private CommandResult setCallbackOffer(Command.SetCallbackOffer c) {
        ServiceQueue queue = voiceQueue(c.queue());
        if (queue == null) {
            return notVoice(c.queue(), "callbacks");
        }
        if (queue.callback.offered() == c.on()) {
            return CommandResult.rejected("callback offer on " + queue.id() + " is already " + onOff(c.on()));
        }
        queue.callback = queue.callback.withOffered(c.on());
        return CommandResult.applied("callback offer on " + queue.id() + " " + onOff(c.on()));
    }

    private CommandResult setIvrMessage(Command.SetIvrMessage c) {
        ServiceQueue queue = voiceQueue(c.queue());
        if (queue == null) {
            return notVoice(c.queue(), "IVR messages");
        }
        if (c.on() && (c.message() == null || c.message().isBlank()) && queue.ivr.message().isBlank()) {
            return CommandResult.rejected("say what the IVR message tells callers");
        }
        if (c.message() != null && c.message().length() > 500) {
            return CommandResult.rejected("an IVR message is at most 500 characters");
        }
        queue.ivr = queue.ivr.withMessage(c.on(), c.message());
        return CommandResult.applied(c.on() ? queue.config.name() + " callers now hear the IVR message"
                : queue.config.name() + "'s IVR message is off");
    }

    private CommandResult setDeflection(Command.SetDigitalDeflection c) {
        ServiceQueue queue = voiceQueue(c.queue());
        if (queue == null) {
            return notVoice(c.queue(), "digital deflection");
        }
        if (queue.deflectTarget == null) {
            return CommandResult.rejected(queue.id() + " has no digital channel to deflect to in this scenario");
        }
        if (queue.ivr.deflectionOn() == c.on()) {
            return CommandResult.rejected("digital deflection on " + queue.id() + " is already " + onOff(c.on()));
        }
        queue.ivr = queue.ivr.withDeflection(c.on());
        return CommandResult.applied("digital deflection on " + queue.id() + " " + onOff(c.on()) + " (to "
                + queue.deflectTarget.id() + ")");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private String skillsProblem(List<SkillAssignment> skills) {
        if (skills.isEmpty()) {
            return "give at least one skill";
        }
        Set<String> seen = new HashSet<>();
        for (SkillAssignment skill : skills) {
            if (centre.queue(skill.queue()) == null) {
                return "unknown queue '" + skill.queue() + "'; queues are " + String.join(", ", centre.queueById.keySet());
            }
            if (!seen.add(skill.queue())) {
                return "queue '" + skill.queue() + "' is listed twice";
            }
        }
        return null;
    }

    private ServiceQueue voiceQueue(String id) {
        ServiceQueue queue = centre.queue(id);
        return queue != null && queue.config.channel() == Channel.VOICE ? queue : null;
    }

    private CommandResult notVoice(String id, String what) {
        ServiceQueue queue = centre.queue(id);
        return queue == null ? unknownQueue(id)
                : CommandResult.rejected(what + " apply to voice queues; " + id + " is " + queue.config.channel().wireName());
    }

    private CommandResult unknownQueue(String id) {
        return CommandResult.rejected("unknown queue '" + id + "'; queues are " + String.join(", ", centre.queueById.keySet()));
    }

    private static CommandResult unknownAgent(String id) {
        return CommandResult.rejected("unknown agent '" + id + "'");
    }

    private static String describe(List<SkillAssignment> skills) {
        List<String> parts = new ArrayList<>();
        for (SkillAssignment skill : skills) {
            parts.add(skill.queue() + (skill.priority() == 1 ? "" : " (backup)"));
        }
        return String.join(", ", parts);
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
