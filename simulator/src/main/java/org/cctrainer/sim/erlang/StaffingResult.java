package org.cctrainer.sim.erlang;

/** The fewest agents that meet a service-level target, with the figures they achieve. */
public record StaffingResult(int agents, QueueFigures figures) {
}
