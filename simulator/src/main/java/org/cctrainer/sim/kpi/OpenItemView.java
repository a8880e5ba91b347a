package org.cctrainer.sim.kpi;

/** An escalation case or compliance event that is open, with its deadline. */
public record OpenItemView(String id, String kind, String title, String queue, double openedAt, double deadlineAt,
                           boolean deadlinePassed) {
}
