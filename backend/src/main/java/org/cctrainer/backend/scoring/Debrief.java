package org.cctrainer.backend.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.cctrainer.backend.scoring.TimelineEntry.Action;
import org.cctrainer.backend.scoring.TimelineEntry.AlertChanged;
import org.cctrainer.backend.scoring.TimelineEntry.CentreEvent;
import org.cctrainer.backend.scoring.TimelineEntry.IncidentStarted;

/**
 * The debrief of an exercise (docs/scoring.md): its timeline of alerts, incidents and commands,
 * every intervention with the figures before and 15 minutes after, and the score with each
 * criterion's evidence. Built from the timeline alone, like the score.
 */
public final class Debrief {
    /** How long after an intervention its "after" figures are read. */
    public static final double AFTER_SECONDS = 15 * 60;

    private Debrief() {
    }

    public static Map<String, Object> of(Map<String, Object> exercise, List<TimelineEntry> timeline, ScoreReport score,
                                         double now, DoubleFunction<String> clock) {
        Map<String, Object> debrief = new LinkedHashMap<>();
        debrief.put("exercise", exercise);
        debrief.put("t", now);
        debrief.put("clock", clock.apply(now));
        debrief.put("timeline", lines(timeline, clock));
        debrief.put("interventions", interventions(timeline, now, clock));
        debrief.put("score", score);
        return debrief;
    }

    private static List<Map<String, Object>> lines(List<TimelineEntry> timeline, DoubleFunction<String> clock) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (TimelineEntry entry : timeline) {
            String kind;
            String text;
            if (entry instanceof IncidentStarted incident) {
                kind = "incident";
                text = "Incident " + incident.incident() + " (" + incident.type() + ")"
                        + (incident.queues().isEmpty() ? "" : " on " + String.join(", ", incident.queues()));
            } else if (entry instanceof AlertChanged alert) {
                if (alert.change().equals("eased") || alert.change().equals("escalated")) {
                    continue;
                }
                kind = "alert";
                text = "Alert " + alert.alert() + " " + alert.change() + ": " + alert.rule()
                        + (alert.queue() == null ? "" : " on " + alert.queue())
                        + (alert.agent() == null ? "" : " (" + alert.agent() + ")");
            } else if (entry instanceof CentreEvent event) {
                kind = "event";
                text = event.kind().replace('-', ' ') + ": " + event.subject();
            } else if (entry instanceof TimelineEntry.Note note) {
                kind = "note";
                text = "Trainer's note: " + note.text();
            } else if (entry instanceof Action action) {
                kind = action.accepted() ? "command" : "refused";
                text = (action.accepted() ? "" : "Refused " + action.action() + ": ") + action.message()
                        + (action.rationale().isBlank() ? "" : " — “" + action.rationale() + "”");
            } else {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("t", entry.t());
            line.put("clock", clock.apply(entry.t()));
            line.put("kind", kind);
            line.put("text", text);
            lines.add(line);
        }
        return lines;
    }

    private static List<Map<String, Object>> interventions(List<TimelineEntry> timeline, double now,
                                                           DoubleFunction<String> clock) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TimelineEntry entry : timeline) {
            if (!(entry instanceof Action action) || !ActionNames.CHANGES.contains(action.action())) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", action.id());
            item.put("t", action.t());
            item.put("clock", clock.apply(action.t()));
            item.put("action", action.action());
            item.put("params", action.params());
            item.put("rationale", action.rationale());
            item.put("accepted", action.accepted());
            item.put("message", action.message());
            if (action.accepted()) {
                item.putAll(BeforeAfter.of(timeline, action, Math.min(now, action.t() + AFTER_SECONDS)));
            }
            list.add(item);
        }
        return list;
    }
}
