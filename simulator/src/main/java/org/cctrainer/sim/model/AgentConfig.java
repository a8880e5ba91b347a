package org.cctrainer.sim.model;

import java.util.List;

/**
 * An agent as rostered for the day.
 *
 * @param auxPerHour how often an hour the agent goes not-ready on their own (personal time)
 * @param auxMeanSeconds mean length of such a not-ready spell
 */
public record AgentConfig(String id, String name, String team, List<SkillAssignment> skills,
                          double shiftStart, double shiftEnd, List<ScheduledActivity> activities,
                          QualityTraits quality, double auxPerHour, double auxMeanSeconds) {
    public AgentConfig {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("agent id must not be blank");
        }
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("agent " + id + " needs at least one skill");
        }
        if (!(shiftEnd > shiftStart)) {
            throw new IllegalArgumentException("agent " + id + ": shift must end after it starts");
        }
        if (!(auxPerHour >= 0) || !(auxMeanSeconds >= 0)) {
            throw new IllegalArgumentException("agent " + id + ": not-ready rate and length must be ≥ 0");
        }
        skills = List.copyOf(skills);
        activities = List.copyOf(activities);
        name = name == null || name.isBlank() ? id : name;
        team = team == null ? "" : team;
    }

    /** An agent on the phones all day with one skill and nothing planned off them. */
    public static AgentConfig simple(String id, String queue, double shiftEnd, QualityTraits quality) {
        return new AgentConfig(id, id, "", List.of(SkillAssignment.primary(queue)), 0, shiftEnd, List.of(),
                quality, 0, 0);
    }
}
