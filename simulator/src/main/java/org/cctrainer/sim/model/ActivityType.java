package org.cctrainer.sim.model;

/** Planned time off the phones. */
public enum ActivityType {
    BREAK, LUNCH, TRAINING, COACHING;

    public AgentState state() {
        return switch (this) {
            case BREAK -> AgentState.BREAK;
            case LUNCH -> AgentState.LUNCH;
            case TRAINING -> AgentState.TRAINING;
            case COACHING -> AgentState.COACHING;
        };
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
