package org.cctrainer.backend.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.scoring.TimelineEntry.QueueFigures;

/** Builds synthetic timelines for scorer tests: minutes in, entries out, in order. */
final class Timelines {
    private final List<TimelineEntry> entries = new ArrayList<>();

    static Timelines day() {
        return new Timelines();
    }

    Timelines incident(double minute, String id, String type, String queue, String agent) {
        entries.add(new TimelineEntry.IncidentStarted(minute * 60, id, type, queue == null ? List.of() : List.of(queue), agent));
        return this;
    }

    Timelines alert(double minute, String change, String id, String rule, String queue) {
        entries.add(new TimelineEntry.AlertChanged(minute * 60, change, id, rule, queue, null, "warning"));
        return this;
    }

    Timelines event(double minute, String kind, String subject) {
        entries.add(new TimelineEntry.CentreEvent(minute * 60, kind, subject, Map.of()));
        return this;
    }

    Timelines action(double minute, String id, String action, Map<String, Object> params) {
        return action(minute, id, action, params, Map.of(), true);
    }

    Timelines action(double minute, String id, String action, Map<String, Object> params, Map<String, Object> facts,
                     boolean accepted) {
        entries.add(new TimelineEntry.Action(minute * 60, id, action, params, "", accepted,
                accepted ? action + " done" : "refused", facts));
        return this;
    }

    /** A minute sample where billing's 15-minute service level is {@code sl} (target 0.8). */
    Timelines sample(double minute, double sl) {
        return sample(minute, sl, 0, 0, 0);
    }

    Timelines sample(double minute, double sl, long complaints, long breaches, double overtimeHours) {
        Map<String, QueueFigures> queues = new HashMap<>();
        queues.put("billing", new QueueFigures(sl, sl, 0.8, 0.05, 0.05, 20, 3, 40, 100, 5));
        QueueFigures total = new QueueFigures(sl, sl, 0.8, 0.05, 0.05, 20, 3, 40, 100, 5);
        entries.add(new TimelineEntry.KpiSample(minute * 60, queues, total, 4.0, 20, complaints, breaches, 0,
                overtimeHours, 0, 0));
        return this;
    }

    List<TimelineEntry> entries() {
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparingDouble(TimelineEntry::t));
        return sorted;
    }
}
