package org.cctrainer.sim.centre;

import org.cctrainer.sim.engine.Event;

/** The agent's shift boundaries and personal not-ready spells, one reusable event each. */
final class AgentTimer extends Event {
    enum Kind { SHIFT, AUX }

    final Agent agent;
    final Kind kind;

    AgentTimer(Agent agent, Kind kind) {
        this.agent = agent;
        this.kind = kind;
    }

    @Override
    protected void fire() {
        if (kind == Kind.SHIFT) {
            agent.centre.lifecycle.onShiftTimer(agent);
        } else {
            agent.centre.lifecycle.onAuxTimer(agent);
        }
    }
}
