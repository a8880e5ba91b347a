package org.cctrainer.sim.incident;

/** An incident a scenario scripts at virtual time {@code at} (seconds from the day's start). */
public record ScheduledIncident(double at, Incident incident) {
}
