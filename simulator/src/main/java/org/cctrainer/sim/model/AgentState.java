package org.cctrainer.sim.model;

/** What an agent is doing, as an ACD reports it. */
public enum AgentState {
    AVAILABLE, ON_CONTACT, WRAP_UP, BREAK, LUNCH, TRAINING, COACHING, NOT_READY, LOGGED_OUT;

    /** Working the queues: available, on a contact or in wrap-up (occupancy's denominator). */
    public boolean onThePhones() {
        return this == AVAILABLE || this == ON_CONTACT || this == WRAP_UP;
    }

    public boolean busy() {
        return this == ON_CONTACT || this == WRAP_UP;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
