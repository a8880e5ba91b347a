package org.cctrainer.sim.centre;

import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.engine.Event;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEventListener;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.ScheduledIncident;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.Scenario;

/**
 * One simulated day: the public face of the simulator. Deterministic: the same scenario, seed
 * and timed inputs (commands and injected incidents) give the same history, event for event.
 *
 * <p>Inputs applied "now" ({@link #apply}, {@link #inject}) behave exactly like the same input
 * scheduled at that time ({@link #schedule}), because timed inputs run after every other event
 * at their time: a live exercise and its replay from the journal cannot diverge.
 *
 * <p>Not thread-safe: one thread (in the trainer, the exercise's actor) drives it.
 */
public final class Simulation {
    private final ContactCentre centre;
    private final KpiReporter reporter;
    private final long seed;

    private Simulation(Scenario scenario, long seed, double measureFrom, double measureTo) {
        this.seed = seed;
        this.centre = new ContactCentre(scenario, seed, measureFrom, measureTo);
        this.reporter = new KpiReporter(centre);
    }

    /** A day measured from its start: since-start KPIs count every contact. */
    public static Simulation start(Scenario scenario, long seed) {
        return start(scenario, seed, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * A day whose since-start KPIs count only contacts arriving in [measureFrom, measureTo), each
     * followed to its end; occupancy is measured over the same span (a warm-up, then a measured run).
     */
    public static Simulation start(Scenario scenario, long seed, double measureFrom, double measureTo) {
        Simulation simulation = new Simulation(scenario, seed, measureFrom, measureTo);
        simulation.centre.start();
        for (ScheduledIncident scripted : scenario.incidents()) {
            simulation.centre.scheduler().schedule(new TimedInput(() -> simulation.inject(scripted.incident())),
                    scripted.at());
        }
        return simulation;
    }

    /** The model itself, for tests in this package that script contacts directly. */
    ContactCentre centre() {
        return centre;
    }

    public Scenario scenario() {
        return centre.scenario;
    }

    public long seed() {
        return seed;
    }

    public double now() {
        return centre.now();
    }

    public long eventsProcessed() {
        return centre.scheduler().eventsProcessed();
    }

    /** Time of the next event, +infinity when nothing is left to happen. */
    public double nextEventTime() {
        return centre.scheduler().peekNextTime();
    }

    /** Listeners see every event from now on, on the thread that advances the simulation. */
    public void addListener(SimEventListener listener) {
        centre.addListener(listener);
    }

    /** Runs every event up to and including {@code t}; the clock then reads {@code t}. */
    public void runUntil(double t) {
        centre.scheduler().runUntil(t);
    }

    public boolean step() {
        return centre.scheduler().step();
    }

    /** Runs until no contact of the measured span is still waiting (or nothing is left to happen). */
    public void drainMeasured() {
        while (centre.cohortWaiting() > 0 && centre.scheduler().step()) {
            // each step may answer or abandon a waiting contact
        }
    }

    /** Validates and applies an intervention now; a rejected one changes nothing. */
    public CommandResult apply(Command command) {
        CommandResult result = centre.commands.apply(command);
        if (centre.listening()) {
            double t = centre.now();
            centre.emit(result.accepted() ? new SimEvent.CommandApplied(t, command, result)
                    : new SimEvent.CommandRejected(t, command, result));
        }
        return result;
    }

    /** Schedules an intervention at virtual time {@code at} (≥ now): how a replay feeds the journal back. */
    public void schedule(double at, Command command) {
        centre.scheduler().schedule(new TimedInput(() -> apply(command)), at, Event.PRIORITY_LATE);
    }

    /** Starts an incident now (a trainer's injection); rejected if it names unknown queues or agents. */
    public CommandResult inject(Incident incident) {
        return centre.incidents.start(incident);
    }

    /** Schedules a trainer's injection at virtual time {@code at} (≥ now), as a replay does. */
    public void scheduleIncident(double at, Incident incident) {
        centre.scheduler().schedule(new TimedInput(() -> inject(incident)), at, Event.PRIORITY_LATE);
    }

    public KpiSnapshot snapshot() {
        return reporter.snapshot(eventsProcessed());
    }

    /** A command or incident waiting for its time in the calendar. */
    private static final class TimedInput extends Event {
        private final Runnable input;

        TimedInput(Runnable input) {
            this.input = input;
        }

        @Override
        protected void fire() {
            input.run();
        }
    }
}
