package org.cctrainer.sim.centre;

import java.util.List;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.model.ActivityType;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.AgentState;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.ScheduledActivity;
import org.cctrainer.sim.model.SkillAssignment;

/**
 * An agent's day: logging in at shift start, planned activities (late if a contact runs over),
 * personal not-ready spells, logging out at shift end (after the last contact), and the pools
 * of free agents routing reads. Every state change goes through {@link #changeState}, which keeps
 * the time tallies and per-queue state counts right.
 */
final class AgentLifecycle {
    private static final String[] AUX_REASONS = {"personal", "system issue", "after-call admin", "team huddle"};

    private final ContactCentre centre;

    AgentLifecycle(ContactCentre centre) {
        this.centre = centre;
    }

    void start() {
        for (AgentConfig config : centre.scenario.agents()) {
            addAgent(config, false);
        }
    }

    Agent addAgent(AgentConfig config, boolean overtime) {
        Agent agent = new Agent(centre, centre.agents.size(), config, overtime,
                centre.streams.forName("quality." + config.id()), centre.streams.forName("aux." + config.id()));
        agent.tally.accountedTo = centre.now();
        agent.stateSince = centre.now();
        agent.setSkills(skillsFor(agent, config.skills()));
        agent.slots = new ServiceSlot[0];
        growSlots(agent);
        for (AgentSkill skill : agent.skills) {
            skill.queue.agentsByState[AgentState.LOGGED_OUT.ordinal()]++;
        }
        // The shift timer goes first so an activity planned at the very start of the shift finds the agent in.
        centre.scheduler().schedule(agent.shiftTimer, Math.max(centre.now(), agent.shiftStart));
        for (ScheduledActivity planned : config.activities()) {
            AgentActivity activity = new AgentActivity(agent, planned.type(), planned.start(), planned.durationSeconds());
            agent.activities.add(activity);
            if (planned.start() >= centre.now()) {
                centre.scheduler().schedule(activity, planned.start());
            } else {
                activity.phase = AgentActivity.Phase.DONE;
            }
        }
        centre.agents.add(agent);
        centre.agentById.put(config.id(), agent);
        return agent;
    }

    private AgentSkill[] skillsFor(Agent agent, List<SkillAssignment> assignments) {
        AgentSkill[] skills = new AgentSkill[assignments.size()];
        for (int i = 0; i < skills.length; i++) {
            SkillAssignment assignment = assignments.get(i);
            skills[i] = new AgentSkill(agent, centre.queue(assignment.queue()), assignment.proficiency(),
                    assignment.priority());
        }
        return skills;
    }

    /** Enough slots for the agent's largest chat concurrency (one for voice and email). */
    private static void growSlots(Agent agent) {
        int needed = 1;
        for (AgentSkill skill : agent.skills) {
            needed = Math.max(needed, skill.queue.config.concurrency());
        }
        if (agent.slots.length < needed) {
            ServiceSlot[] slots = java.util.Arrays.copyOf(agent.slots, needed);
            for (int i = agent.slots.length; i < needed; i++) {
                slots[i] = new ServiceSlot(agent);
            }
            agent.slots = slots;
        }
    }

    /** Replaces the agent's skills (a move between queues); contacts in progress carry on. */
    void setSkills(Agent agent, List<SkillAssignment> assignments) {
        agent.account(centre.now(), centre.measureFrom, centre.measureTo);
        leavePools(agent);
        for (AgentSkill skill : agent.skills) {
            skill.queue.agentsByState[agent.state.ordinal()]--;
        }
        agent.setSkills(skillsFor(agent, assignments));
        growSlots(agent);
        for (AgentSkill skill : agent.skills) {
            skill.queue.agentsByState[agent.state.ordinal()]++;
        }
        if (agent.state == AgentState.AVAILABLE) {
            findWorkOrWait(agent);
        } else if (agent.activeContacts > 0 && canTakeMore(agent)) {
            if (!centre.offerWork(agent)) {
                joinPartialPools(agent);
            }
        }
    }

    // ---- state -----------------------------------------------------------------------------

    void changeState(Agent agent, AgentState to, String reason) {
        if (agent.state == to) {
            agent.reason = reason;
            return;
        }
        double now = centre.now();
        agent.account(now, centre.measureFrom, centre.measureTo);
        AgentState from = agent.state;
        for (AgentSkill skill : agent.skills) {
            skill.queue.agentsByState[from.ordinal()]--;
            skill.queue.agentsByState[to.ordinal()]++;
        }
        agent.state = to;
        agent.reason = reason;
        agent.stateSince = now;
        if (centre.listening()) {
            centre.emit(new SimEvent.AgentStateChanged(now, agent.id(), from, to, reason));
        }
    }

    /** On a contact while any slot is talking; in wrap-up while every busy slot is wrapping. */
    void updateBusyState(Agent agent, String queueId) {
        changeState(agent, agent.talking > 0 ? AgentState.ON_CONTACT : AgentState.WRAP_UP, queueId);
    }

    /** A contact (and its wrap-up) finished: take more work, or do what is due. */
    void slotFreed(Agent agent) {
        if (agent.activeContacts > 0) {
            ServiceSlot busy = firstBusySlot(agent);
            updateBusyState(agent, busy.contact.queue.id());
            if (canTakeMore(agent) && !centre.offerWork(agent)) {
                joinPartialPools(agent);
            }
            return;
        }
        agentReady(agent);
    }

    private static ServiceSlot firstBusySlot(Agent agent) {
        for (ServiceSlot slot : agent.slots) {
            if (!slot.isFree()) {
                return slot;
            }
        }
        throw new IllegalStateException("agent " + agent.id() + " has no busy slot");
    }

    /** Nothing pending: a chat agent part-way through its concurrency may take another chat. */
    private static boolean canTakeMore(Agent agent) {
        return !agent.pendingLogout && agent.pendingActivity == null && !agent.pendingAux && agent.onChats();
    }

    /** The agent has nothing in hand: leave if the day is over, start what is due, or take work. */
    void agentReady(Agent agent) {
        double now = centre.now();
        if (agent.goneForTheDay || agent.pendingLogout || now >= agent.shiftEnd) {
            logOut(agent, agent.goneForTheDay ? agent.goneReason : "shift end");
        } else if (agent.pendingActivity != null) {
            startActivity(agent.pendingActivity);
        } else if (agent.pendingAux) {
            startAux(agent);
        } else if (agent.removedReason != null) {
            changeState(agent, AgentState.NOT_READY, agent.removedReason);
        } else {
            changeState(agent, AgentState.AVAILABLE, "");
            findWorkOrWait(agent);
        }
    }

    private void findWorkOrWait(Agent agent) {
        if (!centre.offerWork(agent)) {
            joinIdlePools(agent);
        }
    }

    // ---- pools -----------------------------------------------------------------------------

    void joinIdlePools(Agent agent) {
        agent.idleSince = centre.now();
        for (AgentSkill skill : agent.skills) {
            AgentPool.leave(skill);
            skill.queue.idlePool(skill.priority).append(skill);
        }
    }

    void joinPartialPools(Agent agent) {
        for (AgentSkill skill : agent.skills) {
            AgentPool.leave(skill);
            ServiceQueue queue = skill.queue;
            if (queue.config.channel() == Channel.CHAT && agent.activeContacts < queue.config.concurrency()) {
                queue.partialPool(skill.priority).append(skill);
            }
        }
    }

    void leavePools(Agent agent) {
        for (AgentSkill skill : agent.skills) {
            AgentPool.leave(skill);
        }
    }

    // ---- shift -----------------------------------------------------------------------------

    void onShiftTimer(Agent agent) {
        double now = centre.now();
        if (agent.state == AgentState.LOGGED_OUT && !agent.goneForTheDay && now < agent.shiftEnd) {
            centre.scheduler().schedule(agent.shiftTimer, agent.shiftEnd);
            changeState(agent, AgentState.AVAILABLE, "shift start");
            scheduleNextAux(agent);
            agentReady(agent);
        } else if (now >= agent.shiftEnd) {
            requestLogout(agent);
        }
    }

    /** Logs the agent out now, or after the contacts in hand. */
    void requestLogout(Agent agent) {
        if (agent.state == AgentState.LOGGED_OUT) {
            return;
        }
        if (agent.activeContacts > 0) {
            agent.pendingLogout = true;
            leavePools(agent);
        } else {
            logOut(agent, agent.goneForTheDay ? agent.goneReason : "shift end");
        }
    }

    private void logOut(Agent agent, String reason) {
        leavePools(agent);
        centre.scheduler().cancel(agent.auxTimer);
        centre.scheduler().cancel(agent.shiftTimer);
        if (agent.runningActivity != null) {
            centre.scheduler().cancel(agent.runningActivity);
            agent.runningActivity.phase = AgentActivity.Phase.DONE;
            agent.runningActivity = null;
        }
        agent.pendingLogout = false;
        agent.pendingAux = false;
        agent.inAux = false;
        agent.pendingActivity = null;
        changeState(agent, AgentState.LOGGED_OUT, reason);
    }

    /** Sickness or sent home: the schedule ends now (no adherence penalty) and the agent leaves. */
    void sendHome(Agent agent, String reason) {
        agent.account(centre.now(), centre.measureFrom, centre.measureTo);
        agent.goneForTheDay = true;
        agent.goneReason = reason;
        agent.shiftEnd = Math.min(agent.shiftEnd, centre.now());
        requestLogout(agent);
    }

    /**
     * Takes the agent off every queue (a compliance review): no skills, no personal not-ready
     * spells, and not ready from the moment they have nothing in hand. A contact or activity
     * already under way finishes first, as when an agent is sent home, and as then the schedule
     * ends now: a review the centre ordered costs the agent no adherence.
     */
    void removeFromQueues(Agent agent, String reason) {
        agent.account(centre.now(), centre.measureFrom, centre.measureTo);
        agent.removedReason = reason;
        agent.removedAt = centre.now();
        setSkills(agent, List.of());
        centre.scheduler().cancel(agent.auxTimer);
        agent.pendingAux = false;
        agent.inAux = false;
        if (agent.state == AgentState.AVAILABLE || agent.state == AgentState.NOT_READY) {
            changeState(agent, AgentState.NOT_READY, reason);
        }
    }

    // ---- planned activities ----------------------------------------------------------------

    void activityDue(AgentActivity activity) {
        Agent agent = activity.agent;
        if (agent.state == AgentState.LOGGED_OUT || agent.goneForTheDay) {
            activity.phase = AgentActivity.Phase.DONE;
        } else if (agent.activeContacts > 0 || agent.runningActivity != null) {
            activity.phase = AgentActivity.Phase.DUE;
            if (agent.pendingActivity == null) {
                agent.pendingActivity = activity;
            }
            leavePools(agent);
        } else {
            startActivity(activity);
        }
    }

    private void startActivity(AgentActivity activity) {
        Agent agent = activity.agent;
        leavePools(agent);
        if (agent.inAux) {
            agent.inAux = false;
            centre.scheduler().cancel(agent.auxTimer);
            scheduleNextAux(agent);
        }
        if (agent.pendingActivity == activity) {
            agent.pendingActivity = nextDue(agent, activity);
        }
        activity.phase = AgentActivity.Phase.RUNNING;
        activity.startedAt = centre.now();
        agent.runningActivity = activity;
        changeState(agent, activity.type.state(), activity.type.wireName());
        centre.scheduler().schedule(activity, centre.now() + activity.durationSeconds);
    }

    private static AgentActivity nextDue(Agent agent, AgentActivity except) {
        for (AgentActivity other : agent.activities) {
            if (other != except && other.phase == AgentActivity.Phase.DUE) {
                return other;
            }
        }
        return null;
    }

    void activityOver(AgentActivity activity) {
        Agent agent = activity.agent;
        activity.phase = AgentActivity.Phase.DONE;
        agent.runningActivity = null;
        if (activity.improvesQuality) {
            centre.coaching.completed(agent);
        }
        agentReady(agent);
    }

    /**
     * Adds an activity to the agent's plan (a coaching session the trainee booked). Time so far
     * is accounted against the old plan first, so adherence changes only from now on.
     */
    AgentActivity plan(Agent agent, ActivityType type, double start, double seconds, boolean improvesQuality) {
        agent.account(centre.now(), centre.measureFrom, centre.measureTo);
        AgentActivity activity = new AgentActivity(agent, type, start, seconds);
        activity.improvesQuality = improvesQuality;
        agent.activities.add(activity);
        centre.scheduler().schedule(activity, start);
        return activity;
    }

    /**
     * Ends a running break, training or coaching now; the schedule is cut short too, so adherence
     * holds. A booked coaching session cut short does not improve the agent: it never happened.
     */
    void recall(Agent agent) {
        AgentActivity activity = agent.runningActivity;
        agent.account(centre.now(), centre.measureFrom, centre.measureTo);
        centre.scheduler().cancel(activity);
        activity.scheduledEnd = Math.min(activity.scheduledEnd, centre.now());
        activity.phase = AgentActivity.Phase.DONE;
        agent.runningActivity = null;
        agentReady(agent);
    }

    /** Moves a planned (or due, not yet started) activity later by {@code seconds}. */
    void postpone(AgentActivity activity, double seconds) {
        Agent agent = activity.agent;
        agent.account(centre.now(), centre.measureFrom, centre.measureTo);
        if (activity.phase == AgentActivity.Phase.DUE && agent.pendingActivity == activity) {
            agent.pendingActivity = nextDue(agent, activity);
        }
        activity.scheduledStart += seconds;
        activity.scheduledEnd += seconds;
        activity.phase = AgentActivity.Phase.PLANNED;
        centre.scheduler().cancel(activity);
        centre.scheduler().schedule(activity, Math.max(centre.now(), activity.scheduledStart));
        if (agent.activeContacts > 0 && canTakeMore(agent)) {
            joinPartialPools(agent);
        }
    }

    // ---- personal not-ready time -----------------------------------------------------------

    private void scheduleNextAux(Agent agent) {
        if (agent.removedReason != null) {
            return;
        }
        double perHour = agent.config.auxPerHour();
        if (perHour <= 0 || agent.config.auxMeanSeconds() <= 0) {
            return;
        }
        double at = centre.now() + agent.auxRandom.nextExponential(3600 / perHour);
        if (at < agent.shiftEnd) {
            centre.scheduler().reschedule(agent.auxTimer, at);
        }
    }

    void onAuxTimer(Agent agent) {
        if (agent.inAux) {
            agent.inAux = false;
            scheduleNextAux(agent);
            agentReady(agent);
        } else if (agent.state == AgentState.AVAILABLE) {
            startAux(agent);
        } else if (agent.state.busy()) {
            agent.pendingAux = true;
            leavePools(agent);
        } else {
            scheduleNextAux(agent);
        }
    }

    private void startAux(Agent agent) {
        agent.pendingAux = false;
        agent.inAux = true;
        leavePools(agent);
        String reason = AUX_REASONS[agent.auxRandom.nextInt(AUX_REASONS.length)];
        changeState(agent, AgentState.NOT_READY, reason);
        double length = agent.auxRandom.nextExponential(agent.config.auxMeanSeconds());
        centre.scheduler().reschedule(agent.auxTimer, centre.now() + length);
    }
}
