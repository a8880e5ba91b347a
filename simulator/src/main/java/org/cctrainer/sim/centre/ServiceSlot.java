package org.cctrainer.sim.centre;

import org.cctrainer.sim.engine.Event;

/**
 * One contact an agent is working: talk, then wrap-up. Voice and email agents have one slot;
 * chat agents as many as the chat queue's concurrency. Reused from contact to contact.
 */
final class ServiceSlot extends Event {
    final Agent agent;
    Contact contact;
    AgentSkill skill;
    boolean wrapping;
    double startedAt;
    double talkSeconds;

    ServiceSlot(Agent agent) {
        this.agent = agent;
    }

    boolean isFree() {
        return contact == null;
    }

    @Override
    protected void fire() {
        agent.centre.onSlotTimer(this);
    }
}
