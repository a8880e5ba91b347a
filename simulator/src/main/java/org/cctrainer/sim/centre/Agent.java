package org.cctrainer.sim.centre;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.AgentState;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.random.RandomStream;

/** An agent at run time: state, skills, slots, schedule, and the tallies per-agent KPIs read. */
final class Agent {
    final ContactCentre centre;
    final int index;
    final AgentConfig config;
    final boolean overtime;
    /** Changes only when a booked coaching session has happened ({@link CoachingSessions}). */
    QualityTraits quality;
    final RandomStream qualityRandom;
    final RandomStream auxRandom;
    final AgentTimer shiftTimer = new AgentTimer(this, AgentTimer.Kind.SHIFT);
    final AgentTimer auxTimer = new AgentTimer(this, AgentTimer.Kind.AUX);
    final List<AgentActivity> activities = new ArrayList<>();

    AgentSkill[] skills;
    /** The first of the agent's highest-priority skills: per-queue occupancy counts the agent there. */
    ServiceQueue home;
    ServiceSlot[] slots;
    int activeContacts;
    int talking;

    AgentState state = AgentState.LOGGED_OUT;
    String reason = "";
    double stateSince;
    double idleSince;

    double shiftStart;
    double shiftEnd;
    /** Sick or sent home: stays logged out for the rest of the day. */
    boolean goneForTheDay;
    /** Why the agent left early ("sick", "sent home"): the reason shown once logged out. */
    String goneReason = "";
    /**
     * Why the agent was taken off every queue (a compliance review), or null: such an agent
     * finishes what is in hand, then stays not ready for the rest of the day.
     */
    String removedReason;
    /**
     * When that happened (+infinity if it has not): a sanctioned review, so the agent's schedule
     * ends there for adherence, as when an agent is sent home.
     */
    double removedAt = Double.POSITIVE_INFINITY;
    boolean pendingLogout;
    boolean pendingAux;
    boolean inAux;
    AgentActivity pendingActivity;
    AgentActivity runningActivity;

    final AgentTally tally = new AgentTally();

    Agent(ContactCentre centre, int index, AgentConfig config, boolean overtime, RandomStream qualityRandom,
          RandomStream auxRandom) {
        this.centre = centre;
        this.index = index;
        this.config = config;
        this.overtime = overtime;
        this.quality = config.quality();
        this.qualityRandom = qualityRandom;
        this.auxRandom = auxRandom;
        this.shiftStart = config.shiftStart();
        this.shiftEnd = config.shiftEnd();
    }

    String id() {
        return config.id();
    }

    void setSkills(AgentSkill[] newSkills) {
        skills = newSkills;
        if (newSkills.length == 0) {
            // Taken off every queue: the agent is off the phones from now on, so the home queue
            // (whose occupancy counted them) stays what it was for the time already worked.
            return;
        }
        AgentSkill first = newSkills[0];
        for (AgentSkill skill : newSkills) {
            if (skill.priority < first.priority) {
                first = skill;
            }
        }
        home = first.queue;
    }

    AgentSkill skillFor(ServiceQueue queue) {
        for (AgentSkill skill : skills) {
            if (skill.queue == queue) {
                return skill;
            }
        }
        return null;
    }

    boolean hasSkill(ServiceQueue queue) {
        return skillFor(queue) != null;
    }

    /** Working chats at the moment (then only more chats can be taken). */
    boolean onChats() {
        return activeContacts > 0 && busyChannelIsChat();
    }

    private boolean busyChannelIsChat() {
        for (ServiceSlot slot : slots) {
            if (slot.contact != null) {
                return slot.contact.queue.config.channel() == org.cctrainer.sim.model.Channel.CHAT;
            }
        }
        return false;
    }

    ServiceSlot freeSlot() {
        for (ServiceSlot slot : slots) {
            if (slot.isFree()) {
                return slot;
            }
        }
        return null;
    }

    /**
     * Brings the time tallies up to {@code now} for the state the agent has been in since the last
     * call: staffed and busy time (clipped to the measured span, for occupancy), time per state,
     * and schedule adherence against the current schedule.
     */
    void account(double now, double measureFrom, double measureTo) {
        double from = tally.accountedTo;
        if (now <= from) {
            return;
        }
        tally.accountedTo = now;
        if (state.onThePhones()) {
            boolean busy = state.busy();
            double clipped = from >= measureFrom && now <= measureTo ? now - from
                    : Math.max(0, Math.min(now, measureTo) - Math.max(from, measureFrom));
            tally.staffedSeconds += clipped;
            home.sinceStart.staffedSeconds += clipped;
            if (busy) {
                tally.busySeconds += clipped;
                home.sinceStart.busySeconds += clipped;
            }
            home.rolling.addAgentTime(from, now, busy);
        }
        tally.secondsInState[state.ordinal()] += now - from;
        double scheduleEnd = Math.min(shiftEnd, removedAt);
        if (activities.isEmpty() && from >= shiftStart && now <= scheduleEnd) {
            // Inside the shift with nothing planned: adherent exactly when on the phones.
            tally.scheduledSeconds += now - from;
            if (state.onThePhones()) {
                tally.adherentSeconds += now - from;
            }
            return;
        }
        double inShift = overlap(from, now, shiftStart, scheduleEnd);
        tally.scheduledSeconds += inShift;
        tally.adherentSeconds += adherentSeconds(from, now, inShift, scheduleEnd);
    }

    private double adherentSeconds(double from, double to, double inShift, double scheduleEnd) {
        if (inShift <= 0) {
            return 0;
        }
        double inActivity = 0;
        double inMatchingActivity = 0;
        for (AgentActivity activity : activities) {
            double start = Math.max(activity.scheduledStart, shiftStart);
            double end = Math.min(activity.scheduledEnd, scheduleEnd);
            double o = overlap(from, to, start, end);
            inActivity += o;
            if (activity.type.state() == state) {
                inMatchingActivity += o;
            }
        }
        if (state.onThePhones()) {
            return Math.max(0, inShift - inActivity);
        }
        return inMatchingActivity;
    }

    static double overlap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }
}
