package org.cctrainer.backend.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctrainer.backend.scoring.ActionNames;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.json.Problems;
import org.cctrainer.sim.model.SkillAssignment;

/**
 * Reads a command message strictly (docs/protocol.md, "Commands"): a field missing, of the wrong
 * type, out of range or unknown is a {@code bad-command} naming it. Only the form is checked
 * here; whether the centre allows it (the agent exists, the case is open) is the exercise's call.
 */
public final class CommandParser {
    static final int MAX_TEXT = 500;
    static final List<String> VIEWS = List.of("agent-quality", "recordings", "csat-comments", "what-moved");
    static final List<String> RESPONSES = List.of("pause-recording", "redact-recording", "report-dpo", "remove-agent",
            "contact-customer", "stop-all-recording");
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final int startMinute;

    /** @param startMinute the scenario's first minute of the day, to read "HH:MM" times */
    public CommandParser(int startMinute) {
        this.startMinute = startMinute;
    }

    public TraineeCommand parse(JsonNode message) throws CommandRefusal {
        Problems problems = Problems.withoutLines();
        FieldReader r = FieldReader.object(message, "", problems);
        if (r == null) {
            throw new CommandRefusal("bad-command", "a command must be a JSON object");
        }
        r.text("type", "command");
        String id = r.requiredText("id");
        if (id != null && !ID.matcher(id).matches()) {
            throw new CommandRefusal("bad-command", "id: must be 1–64 letters, digits or . _ : -");
        }
        String action = r.requiredText("action");
        if (action == null) {
            throw new CommandRefusal("bad-command", describe(problems));
        }
        if (!ActionNames.ALL.contains(action)) {
            throw new CommandRefusal("unknown-action", "unknown action '" + abbreviate(action) + "'; actions are "
                    + String.join(", ", ActionNames.ALL));
        }
        String rationale = text(r, "rationale", false);
        Map<String, Object> params = new LinkedHashMap<>();
        Command command;
        try {
            command = read(action, r, params);
        } catch (IllegalArgumentException e) {
            // A value the field checks let through but a command record refused.
            throw new CommandRefusal("bad-command", e.getMessage());
        }
        r.finish();
        if (!problems.isEmpty()) {
            throw new CommandRefusal("bad-command", describe(problems));
        }
        return new TraineeCommand(id, action, params, rationale == null ? "" : rationale, command);
    }

    private Command read(String action, FieldReader r, Map<String, Object> p) {
        switch (action) {
            case "move-agent" -> {
                String agent = put(p, "agent", r.requiredText("agent"));
                List<SkillAssignment> skills = skills(r, p, true);
                return agent == null ? null : new Command.MoveAgent(agent, skills);
            }
            case "set-priority" -> {
                String queue = put(p, "queue", r.requiredText("queue"));
                int priority = r.has("priority") ? r.integer("priority", 5, 1, 9) : missing(r, "priority", "1–9");
                p.put("priority", priority);
                return new Command.SetQueuePriority(queue, priority);
            }
            case "set-overflow" -> {
                String queue = put(p, "queue", r.requiredText("queue"));
                double after = put(p, "afterSeconds", r.requiredNumber("afterSeconds", 0, 3600));
                List<String> to = r.texts("to");
                p.put("to", to);
                return new Command.SetOverflow(queue, after, to);
            }
            case "recall-agent" -> {
                return new Command.RecallAgent(put(p, "agent", r.requiredText("agent")));
            }
            case "postpone-activity" -> {
                String agent = put(p, "agent", r.requiredText("agent"));
                return new Command.PostponeActivity(agent, put(p, "minutes", r.requiredNumber("minutes", 1, 120)));
            }
            case "add-overtime" -> {
                int count = r.has("count") ? r.integer("count", 1, 1, 50) : missing(r, "count", "1–50");
                p.put("count", count);
                List<SkillAssignment> skills = skills(r, p, true);
                String team = put(p, "team", r.text("team", null));
                double minutes = put(p, "durationMinutes", r.requiredNumber("durationMinutes", 15, 480));
                return new Command.AddOvertime(count, skills, team, minutes);
            }
            case "send-home" -> {
                List<String> agents = r.texts("agents");
                if (agents.isEmpty()) {
                    r.problems().add(r.at("agents"), "must list at least one agent");
                }
                p.put("agents", agents);
                return new Command.SendHome(agents);
            }
            case "set-callback-offer" -> {
                String queue = put(p, "queue", r.requiredText("queue"));
                return new Command.SetCallbackOffer(queue, put(p, "on", on(r)));
            }
            case "set-ivr-message" -> {
                String queue = put(p, "queue", r.requiredText("queue"));
                boolean on = put(p, "on", on(r));
                String message = put(p, "message", limited(r, "message", 200, on));
                return new Command.SetIvrMessage(queue, on, message == null ? "" : message);
            }
            case "set-digital-deflection" -> {
                String queue = put(p, "queue", r.requiredText("queue"));
                return new Command.SetDigitalDeflection(queue, put(p, "on", on(r)));
            }
            case "classify-case" -> {
                String id = put(p, "case", r.requiredText("case"));
                String classification = put(p, "classification", required(r, "classification", List.of("standard", "complex")));
                return new Command.ClassifyCase(id, classification);
            }
            case "escalate-case" -> {
                String id = put(p, "case", r.requiredText("case"));
                int tier = r.has("tier") ? r.integer("tier", 1, 1, 3) : missing(r, "tier", "1–3");
                p.put("tier", tier);
                String owner = put(p, "owner", limited(r, "owner", 80, true));
                double within = put(p, "resolveWithinMinutes", r.requiredNumber("resolveWithinMinutes", 5, 10080));
                return new Command.EscalateCase(id, tier, owner, within);
            }
            case "compliance-action" -> {
                String event = put(p, "event", r.requiredText("event"));
                String response = put(p, "response", required(r, "response", RESPONSES));
                return new Command.ComplianceAction(event, response);
            }
            case "invoke-continuity-plan" -> {
                String outage = put(p, "outage", r.requiredText("outage"));
                String fallback = put(p, "fallback", orEmpty(limited(r, "fallback", 300, false)));
                String announcement = put(p, "ivrAnnouncement", orEmpty(limited(r, "ivrAnnouncement", 300, false)));
                String notice = put(p, "stakeholderNotice", orEmpty(limited(r, "stakeholderNotice", 300, false)));
                double rto = put(p, "recoveryTimeObjectiveMinutes", r.requiredNumber("recoveryTimeObjectiveMinutes", 5, 1440));
                if (fallback.isBlank() && announcement.isBlank() && notice.isBlank()) {
                    r.problems().add(r.at("fallback"), "a continuity plan needs a fallback, an IVR announcement or a stakeholder notice");
                }
                return new Command.InvokeContinuityPlan(outage, fallback, announcement, notice, rto);
            }
            case "schedule-coaching" -> {
                String agent = put(p, "agent", r.requiredText("agent"));
                String at = put(p, "at", r.requiredText("at"));
                double atSeconds = clock(r, "at", at);
                double minutes = put(p, "minutes", r.requiredNumber("minutes", 10, 120));
                FieldReader note = r.child("note");
                if (note == null) {
                    r.problems().add(r.at("note"), "is required (model, parts, objective, figures, agentInput)");
                } else {
                    p.put("note", CoachingNote.read(note));
                }
                return new Command.ScheduleCoaching(agent, atSeconds, minutes);
            }
            case "reforecast" -> {
                put(p, "queue", r.requiredText("queue"));
                put(p, "callsPerHour", r.requiredNumber("callsPerHour", 0, 100_000));
                if (r.has("ahtSeconds")) {
                    put(p, "ahtSeconds", r.number("ahtSeconds", 300, 1, 7200));
                }
                return null;
            }
            case "staffing" -> {
                put(p, "queue", r.requiredText("queue"));
                if (r.has("callsPerHour")) {
                    put(p, "callsPerHour", r.number("callsPerHour", 0, 0, 100_000));
                }
                if (r.has("ahtSeconds")) {
                    put(p, "ahtSeconds", r.number("ahtSeconds", 300, 1, 7200));
                }
                if (r.has("agents")) {
                    p.put("agents", r.integer("agents", 1, 1, 5000));
                }
                return null;
            }
            case "open-view" -> {
                put(p, "view", required(r, "view", VIEWS));
                put(p, "agent", r.text("agent", null));
                return null;
            }
            case "broadcast" -> {
                put(p, "message", limited(r, "message", 300, true));
                return null;
            }
            case "acknowledge-alert", "resolve-alert" -> {
                put(p, "alert", r.requiredText("alert"));
                return null;
            }
            case "review-change" -> {
                put(p, "change", r.requiredText("change"));
                put(p, "verdict", required(r, "verdict", List.of("keep", "revert")));
                put(p, "note", limited(r, "note", MAX_TEXT, false));
                return null;
            }
            case "risk-assessment" -> {
                List<Map<String, Object>> risks = new ArrayList<>();
                for (FieldReader risk : r.children("risks")) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("risk", limited(risk, "risk", 200, true));
                    entry.put("likelihood", risk.has("likelihood") ? risk.integer("likelihood", 1, 1, 5) : missing(risk, "likelihood", "1–5"));
                    entry.put("impact", risk.has("impact") ? risk.integer("impact", 1, 1, 5) : missing(risk, "impact", "1–5"));
                    entry.put("mitigation", limited(risk, "mitigation", 300, true));
                    risk.finish();
                    risks.add(entry);
                }
                if (risks.isEmpty() || risks.size() > 10) {
                    r.problems().add(r.at("risks"), "must list 1–10 risks");
                }
                p.put("risks", risks);
                p.put("count", risks.size());
                return null;
            }
            case "improvement-plan" -> {
                FieldReader objective = r.child("objective");
                if (objective == null) {
                    r.problems().add(r.at("objective"), "is required (specific, measure, target, date)");
                } else {
                    p.put("objective", CoachingNote.objective(objective));
                }
                put(p, "actions", limited(r, "actions", MAX_TEXT, true));
                put(p, "teamInput", limited(r, "teamInput", 300, false));
                return null;
            }
            default -> throw new IllegalStateException("no reader for " + action);
        }
    }

    private static List<SkillAssignment> skills(FieldReader r, Map<String, Object> p, boolean required) {
        List<SkillAssignment> skills = new ArrayList<>();
        List<String> queues = new ArrayList<>();
        for (FieldReader s : r.children("skills")) {
            String queue = s.requiredText("queue");
            double proficiency = s.number("proficiency", 1.0, 0.2, 1.5);
            int priority = s.integer("priority", 1, 1, 9);
            s.finish();
            if (queue != null) {
                skills.add(new SkillAssignment(queue, proficiency, priority));
                queues.add(queue);
            }
        }
        if (required && skills.isEmpty() && !r.problems().list().stream().anyMatch(x -> x.path().startsWith("skills"))) {
            r.problems().add(r.at("skills"), "must list at least one skill ({queue, proficiency?, priority?})");
        }
        p.put("queues", queues);
        return skills;
    }

    private double clock(FieldReader r, String field, String text) {
        if (text == null) {
            return Double.NaN;
        }
        Matcher m = CLOCK.matcher(text.trim());
        if (!m.matches()) {
            r.problems().add(r.at(field), "must be a clock time such as \"14:30\" (got " + abbreviate(text) + ")");
            return Double.NaN;
        }
        double seconds = ((Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))) - startMinute) * 60.0;
        if (seconds < 0) {
            r.problems().add(r.at(field), "is before the day starts (" + text + ")");
        }
        return seconds;
    }

    private static boolean on(FieldReader r) {
        if (!r.has("on")) {
            r.problems().add(r.at("on"), "is required (true or false)");
        }
        return r.bool("on", false);
    }

    private static String required(FieldReader r, String field, List<String> allowed) {
        if (!r.has(field)) {
            r.problems().add(r.at(field), "is required (one of " + String.join(", ", allowed) + ")");
            return null;
        }
        return r.choice(field, null, allowed);
    }

    static String limited(FieldReader r, String field, int max, boolean required) {
        String value = required ? r.requiredText(field) : r.text(field, null);
        if (value != null && value.length() > max) {
            r.problems().add(r.at(field), "must be at most " + max + " characters (got " + value.length() + ")");
            return value.substring(0, max);
        }
        return value;
    }

    static String text(FieldReader r, String field, boolean required) {
        return limited(r, field, MAX_TEXT, required);
    }

    private static int missing(FieldReader r, String field, String range) {
        r.problems().add(r.at(field), "is required (a whole number " + range + ")");
        return 0;
    }

    private static <T> T put(Map<String, Object> params, String name, T value) {
        if (value != null && !(value instanceof Double d && Double.isNaN(d))) {
            params.put(name, value);
        }
        return value;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String describe(Problems problems) {
        StringBuilder message = new StringBuilder();
        for (Problems.Problem problem : problems.list()) {
            message.append(message.length() == 0 ? "" : "; ").append(problem);
        }
        return message.toString();
    }

    static String abbreviate(String text) {
        String clean = text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
