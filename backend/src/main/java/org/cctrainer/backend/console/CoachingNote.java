package org.cctrainer.backend.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.json.FieldReader;

/**
 * A structured coaching note: a feedback model (SBI or BOOST) with its parts, a SMART objective,
 * the agent's figures as the supervisor cites them, and the agent's own input. Parts may be left
 * empty (that is the trainee's mistake to make, and the scorer's to notice); unknown parts are not.
 */
final class CoachingNote {
    static final Map<String, List<String>> PARTS = Map.of(
            "sbi", List.of("situation", "behaviour", "impact"),
            "boost", List.of("balanced", "observed", "objective", "specific", "timely"));
    static final List<String> SMART = List.of("specific", "measure", "target", "date");

    private CoachingNote() {
    }

    static Map<String, Object> read(FieldReader r) {
        Map<String, Object> note = new LinkedHashMap<>();
        if (!r.has("model")) {
            r.problems().add(r.at("model"), "is required (SBI or BOOST)");
        }
        String model = r.choice("model", null, List.of("sbi", "boost"));
        note.put("model", model == null ? null : model.toUpperCase(java.util.Locale.ROOT));
        Map<String, Object> parts = new LinkedHashMap<>();
        FieldReader p = r.child("parts");
        if (p != null && model != null) {
            for (String part : PARTS.get(model)) {
                parts.put(part, CommandParser.limited(p, part, CommandParser.MAX_TEXT, false));
            }
            p.finish();
        }
        note.put("parts", parts);
        FieldReader objective = r.child("objective");
        note.put("objective", objective == null ? Map.of() : objective(objective));
        note.put("figures", CommandParser.limited(r, "figures", CommandParser.MAX_TEXT, false));
        note.put("agentInput", CommandParser.limited(r, "agentInput", CommandParser.MAX_TEXT, false));
        r.finish();
        return note;
    }

    static Map<String, Object> objective(FieldReader o) {
        Map<String, Object> objective = new LinkedHashMap<>();
        for (String field : SMART) {
            objective.put(field, CommandParser.limited(o, field, 200, false));
        }
        o.finish();
        return objective;
    }

    /** Every part of the chosen model written (at least a few words each). */
    static boolean modelComplete(Map<String, Object> note) {
        Object parts = note.get("parts");
        if (!(parts instanceof Map<?, ?> map) || map.isEmpty()) {
            return false;
        }
        return map.values().stream().allMatch(CoachingNote::written);
    }

    /** Specific, measurable, with a target and a date: every SMART field written. */
    static boolean smart(Object objective) {
        return objective instanceof Map<?, ?> map && SMART.stream().allMatch(field -> written(map.get(field)))
                && String.valueOf(map.get("target")).matches(".*\\d.*");
    }

    static boolean written(Object text) {
        return text instanceof String s && s.trim().length() >= 3;
    }
}
