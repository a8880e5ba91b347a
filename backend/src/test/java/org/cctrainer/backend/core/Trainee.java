package org.cctrainer.backend.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.cctrainer.backend.console.CommandOutcome;
import org.cctrainer.backend.console.CommandParser;
import org.cctrainer.backend.console.CommandRefusal;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.Durations;

/**
 * A scripted trainee at the console of a headless exercise: what it can see (the clock, the
 * figures, the alerts and incidents on the timeline) and what it can do (send the same JSON
 * commands a browser sends). Scripts are written as "when this has happened, do that, once".
 */
public final class Trainee {
    private final ExerciseCore core;
    private final CommandParser parser;
    private final Set<String> done = new HashSet<>();
    private final List<String> refusals = new ArrayList<>();
    private int nextId;

    Trainee(ExerciseCore core) {
        this.core = core;
        this.parser = new CommandParser(core.scenario().startMinuteOfDay());
    }

    public double now() {
        return core.now();
    }

    public double minutes() {
        return core.now() / 60;
    }

    /** "HH:MM" of a time {@code minutesFromNow} ahead. */
    public String clockIn(double minutesFromNow) {
        return Durations.clock(core.now() + minutesFromNow * 60, core.scenario().startMinuteOfDay());
    }

    public KpiSnapshot snapshot() {
        return core.simulation().snapshot();
    }

    public List<AgentKpis> agents(Predicate<AgentKpis> which) {
        return snapshot().agents().stream().filter(which).toList();
    }

    /** Runs {@code action} the first time this is called with {@code key}, and says whether it ran. */
    public boolean once(String key, Runnable action) {
        if (done.add(key)) {
            action.run();
            return true;
        }
        return false;
    }

    /** The first alert of {@code rule} (on {@code queue}, if not null) raised so far, or null. */
    public TimelineEntry.AlertChanged alert(String rule, String queue) {
        for (TimelineEntry entry : core.timeline()) {
            if (entry instanceof TimelineEntry.AlertChanged a && a.change().equals("raised") && a.rule().equals(rule)
                    && (queue == null || queue.equals(a.queue()))) {
                return a;
            }
        }
        return null;
    }

    /** When the incident started (virtual seconds), or NaN if it has not. */
    public double incident(String id) {
        for (TimelineEntry entry : core.timeline()) {
            if (entry instanceof TimelineEntry.IncidentStarted i && i.incident().equals(id)) {
                return i.t();
            }
        }
        return Double.NaN;
    }

    public boolean started(String incident) {
        return !Double.isNaN(incident(incident));
    }

    public boolean minutesSince(String incident, double minutes) {
        double t = incident(incident);
        return !Double.isNaN(t) && core.now() - t >= minutes * 60;
    }

    /** Open alerts not yet acknowledged. */
    public List<String> unacknowledged() {
        return core.alerts().open().stream().filter(a -> a.state().name().equals("RAISED")).map(a -> a.id()).toList();
    }

    /**
     * Sends one command written as JSON (single quotes allowed for readability); the id is
     * filled in when absent. Returns the outcome; a refusal is remembered for the test to show.
     */
    public CommandOutcome send(String json) {
        String text = json.replace('\'', '"');
        try {
            JsonNode node = Wire.MAPPER.readTree(text);
            if (!node.has("id")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("id", "s" + (++nextId));
            }
            CommandOutcome outcome = core.command(parser.parse(node));
            if (!outcome.accepted()) {
                refusals.add(clockIn(0) + " " + text + " → " + outcome.message());
            }
            return outcome;
        } catch (CommandRefusal e) {
            refusals.add(clockIn(0) + " " + text + " → " + e.code() + ": " + e.getMessage());
            return CommandOutcome.refused(e.code(), e.getMessage());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("bad JSON in a script: " + text, e);
        }
    }

    /** The id of the last accepted command of {@code action}, for a review. */
    public String lastAccepted(String action) {
        String id = null;
        for (TimelineEntry entry : core.timeline()) {
            if (entry instanceof TimelineEntry.Action a && a.accepted() && a.action().equals(action)) {
                id = a.id();
            }
        }
        return id;
    }

    /** Reviews every accepted command of {@code action} not yet reviewed, keeping it. */
    public void reviewAll(String action) {
        Set<String> reviewed = new HashSet<>();
        for (TimelineEntry entry : core.timeline()) {
            if (entry instanceof TimelineEntry.Action a && a.accepted() && a.action().equals("review-change")) {
                reviewed.add(String.valueOf(a.params().get("change")));
            }
        }
        for (TimelineEntry entry : List.copyOf(core.timeline())) {
            if (entry instanceof TimelineEntry.Action a && a.accepted() && a.action().equals(action)
                    && !reviewed.contains(a.id())) {
                send("{'action':'review-change','change':'" + a.id() + "','verdict':'keep'}");
            }
        }
    }

    public List<String> refusals() {
        return refusals;
    }
}
