package org.cctrainer.backend.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.alerts.AlertChange;
import org.cctrainer.backend.alerts.AlertEngine;
import org.cctrainer.backend.alerts.AlertSettings;
import org.cctrainer.backend.console.CommandOutcome;
import org.cctrainer.backend.console.Console;
import org.cctrainer.backend.console.QualityEvidence;
import org.cctrainer.backend.console.TraineeCommand;
import org.cctrainer.backend.scoring.MarkingScheme;
import org.cctrainer.backend.scoring.ScoreReport;
import org.cctrainer.backend.scoring.Scorer;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.model.Scenario;

/**
 * An exercise without its transport: the simulated day, its alerts on a fixed virtual-time
 * grid, the trainee's console, the timeline and the score. Plain Java and deterministic — the
 * same scenario, seed and timed commands give the same alerts, timeline and score at any speed,
 * which is what lets a headless test play a scripted trainee through a whole day in seconds and
 * lets a replay score exactly as the live run did. The actor wraps it; nothing else touches it.
 */
public final class ExerciseCore {
    /** Alerts are evaluated every 5 virtual seconds, whatever the speed. */
    public static final double ALERT_GRID_SECONDS = 5;
    /** The scorer's KPI samples: one per virtual minute. */
    public static final double SAMPLE_SECONDS = 60;

    /** What the core reports as the day runs, so a transport can publish it. */
    public interface Listener {
        void alertChanged(AlertChange change);

        /** A notable centre event (incidents, cases, compliance), already on the timeline. */
        void centreEvent(SimEvent event);

        default void sampled(TimelineEntry.KpiSample sample) {
        }
    }

    private final Scenario scenario;
    private final Simulation simulation;
    private final AlertEngine alerts = new AlertEngine(AlertSettings.defaults());
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final Map<String, Incident> incidents = new HashMap<>();
    private final QualityEvidence evidence;
    private final Console console;
    private final Scorer scorer;
    private Listener listener = new Listener() {
        @Override
        public void alertChanged(AlertChange change) {
        }

        @Override
        public void centreEvent(SimEvent event) {
        }
    };
    private double nextAlertAt = ALERT_GRID_SECONDS;
    private double nextSampleAt = SAMPLE_SECONDS;
    private KpiSnapshot lastEvaluated;

    public ExerciseCore(Scenario scenario, long seed, MarkingScheme scheme) {
        this.scenario = scenario;
        this.simulation = Simulation.start(scenario, seed);
        this.evidence = new QualityEvidence(scenario.startMinuteOfDay());
        this.console = new Console(simulation, alerts, timeline, evidence, incidents);
        this.scorer = scheme == null ? null : new Scorer(scheme, t -> Durations.clock(t, scenario.startMinuteOfDay()));
        simulation.addListener(this::onCentreEvent);
        lastEvaluated = simulation.snapshot();
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Simulation simulation() {
        return simulation;
    }

    public AlertEngine alerts() {
        return alerts;
    }

    public double now() {
        return simulation.now();
    }

    /** The timeline so far, in order (read-only). */
    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public boolean scored() {
        return scorer != null;
    }

    public MarkingScheme scheme() {
        return scorer == null ? null : scorer.scheme();
    }

    /**
     * Runs the day to virtual time {@code t} (capped at the day's end), stopping on the alert
     * grid and at each minute to evaluate alerts and take the scorer's sample.
     */
    public void advanceTo(double t) {
        double target = Math.min(t, scenario.durationSeconds());
        while (true) {
            double next = Math.min(nextAlertAt, nextSampleAt);
            if (next > target) {
                break;
            }
            simulation.runUntil(next);
            KpiSnapshot snapshot = simulation.snapshot();
            if (next == nextAlertAt) {
                evaluateAlerts(snapshot);
                nextAlertAt += ALERT_GRID_SECONDS;
            }
            if (next == nextSampleAt) {
                TimelineEntry.KpiSample sample = Samples.of(snapshot);
                timeline.add(sample);
                listener.sampled(sample);
                nextSampleAt += SAMPLE_SECONDS;
            }
        }
        if (target > simulation.now()) {
            simulation.runUntil(target);
        }
    }

    private void evaluateAlerts(KpiSnapshot snapshot) {
        lastEvaluated = snapshot;
        for (AlertChange change : alerts.evaluate(snapshot)) {
            recordAlert(change);
        }
    }

    private void recordAlert(AlertChange change) {
        var alert = change.alert();
        timeline.add(new TimelineEntry.AlertChanged(simulation.now(), change.kind(), alert.id(), alert.rule(),
                alert.queue(), alert.agent(), alert.severity().name().toLowerCase(java.util.Locale.ROOT)));
        listener.alertChanged(change);
    }

    /** Carries out a trainee command now; every command that got as far as the centre goes on the timeline. */
    public CommandOutcome command(TraineeCommand command) {
        CommandOutcome outcome = console.handle(command);
        if (outcome.entry() != null) {
            timeline.add(outcome.entry());
        }
        for (AlertChange change : outcome.alertChanges()) {
            recordAlert(change);
        }
        return outcome;
    }

    /** Starts an incident now (a trainer's injection); it reaches the timeline as the centre reports it. */
    public org.cctrainer.sim.command.CommandResult inject(Incident incident) {
        return simulation.inject(incident);
    }

    /** A trainer's observation note, now. */
    public TimelineEntry.Note note(String text) {
        TimelineEntry.Note note = new TimelineEntry.Note(simulation.now(), text);
        timeline.add(note);
        return note;
    }

    public ScoreReport score(boolean finished) {
        return scorer == null ? null : scorer.score(timeline, simulation.now(), finished);
    }

    /** The snapshot the alerts last saw (cheap: no new snapshot is built). */
    public KpiSnapshot lastEvaluated() {
        return lastEvaluated;
    }

    private void onCentreEvent(SimEvent event) {
        evidence.offer(event);
        TimelineEntry entry = CentreEvents.toTimeline(event);
        if (event instanceof SimEvent.IncidentStarted started) {
            incidents.put(started.incident().id(), started.incident());
        }
        if (entry != null) {
            timeline.add(entry);
            listener.centreEvent(event);
        }
    }

    /** Incidents seen so far, by id (cases and compliance events the console can act on). */
    public Map<String, Incident> incidents() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(incidents));
    }
}
