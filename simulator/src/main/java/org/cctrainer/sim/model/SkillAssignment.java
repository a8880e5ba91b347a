package org.cctrainer.sim.model;

/**
 * An agent's skill for a queue. Proficiency scales handle time (0.8 means 25% slower than
 * standard, 1.25 means 20% faster); priority 1 is a primary skill, higher numbers are backup
 * skills the agent turns to only when its primary queues are empty at the same queue priority.
 */
public record SkillAssignment(String queue, double proficiency, int priority) {
    public SkillAssignment {
        if (!(proficiency >= 0.2 && proficiency <= 3)) {
            throw new IllegalArgumentException("proficiency must be in [0.2, 3], got " + proficiency);
        }
        if (priority < 1 || priority > 9) {
            throw new IllegalArgumentException("skill priority must be 1–9, got " + priority);
        }
    }

    public static SkillAssignment primary(String queue) {
        return new SkillAssignment(queue, 1.0, 1);
    }
}
