package org.cctrainer.sim.centre;

/**
 * An agent's skill for one queue at run time; also the agent's node in that queue's pool of
 * idle agents, so taking the agent out of every pool is O(skills).
 */
final class AgentSkill {
    final Agent agent;
    final ServiceQueue queue;
    final double proficiency;
    final int priority;

    AgentPool pool;
    AgentSkill previous;
    AgentSkill next;

    AgentSkill(Agent agent, ServiceQueue queue, double proficiency, int priority) {
        this.agent = agent;
        this.queue = queue;
        this.proficiency = proficiency;
        this.priority = priority;
    }
}
