package org.cctrainer.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cctrainer.sim.incident.ComplianceActions;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.RiskLevel;
import org.cctrainer.sim.json.FieldReader;

/**
 * Reads an incident's fields (everything but its time): used for scenario files and for
 * incidents a trainer injects over the wire, so both accept exactly the same shape.
 */
public final class IncidentReader {
    public static final List<String> TYPES = List.of("volume", "handle-time", "outage", "sickness", "escalation",
            "compliance");
    private static final List<String> LEVELS = List.of("none", "low", "medium", "high");

    private IncidentReader() {
    }

    /** Reads the incident; returns null (with problems recorded) if it is invalid. {@code id} is used if none is given. */
    public static Incident read(FieldReader r, String fallbackId) {
        int before = r.problems().count();
        String type = r.choice("type", null, TYPES);
        if (type == null) {
            if (!r.has("type")) {
                r.problems().add(r.at("type"), "is required: one of " + String.join(", ", TYPES));
            }
            return null;
        }
        String id = r.text("id", fallbackId);
        if (id != null && !QueueReader.ID.matcher(id).matches()) {
            r.problems().add(r.at("id"), "must be lower-case letters, digits or dashes (got '" + id + "')");
        }
        String title = r.text("title", null);
        Incident incident = switch (type) {
            case "volume" -> volume(r, id, title, before);
            case "handle-time" -> handleTime(r, id, title, before);
            case "outage" -> outage(r, id, title, before);
            case "sickness" -> sickness(r, id, title, before);
            case "escalation" -> escalation(r, id, title, before);
            default -> compliance(r, id, title, before);
        };
        r.finish();
        return r.problems().count() > before ? null : incident;
    }

    /** True when reading the fields added no problem: only then are the values safe to build a record from. */
    private static boolean clean(FieldReader r, int before) {
        return r.problems().count() == before;
    }

    private static Incident volume(FieldReader r, String id, String title, int before) {
        List<String> queues = r.texts("queues");
        double multiplier = r.requiredNumber("multiplier", 0.05, 10);
        double minutes = r.number("durationMinutes", 0, 0, 1440);
        return clean(r, before) ? new Incident.VolumeChange(id, orDefault(title, "Volume change"), queues, multiplier,
                minutes) : null;
    }

    private static Incident handleTime(FieldReader r, String id, String title, int before) {
        String system = r.text("system", "");
        List<String> queues = r.texts("queues");
        double multiplier = r.requiredNumber("multiplier", 0.2, 5);
        double minutes = r.number("durationMinutes", 0, 0, 1440);
        return clean(r, before) ? new Incident.HandleTimeChange(id, orDefault(title, "Handle time change"), system,
                queues, multiplier, minutes) : null;
    }

    private static Incident outage(FieldReader r, String id, String title, int before) {
        String system = r.requiredText("system");
        List<String> queues = r.texts("queues");
        boolean closes = r.bool("closesQueues", false);
        double multiplier = r.number("handleTimeMultiplier", 1, 1, 5);
        double minutes = r.requiredNumber("durationMinutes", 1, 1440);
        double rto = r.number("recoveryTimeObjectiveMinutes", 60, 1, 1440);
        return clean(r, before) ? new Incident.Outage(id, orDefault(title, "System outage"), system, queues, closes,
                multiplier, minutes, rto) : null;
    }

    private static Incident sickness(FieldReader r, String id, String title, int before) {
        int count = r.integer("count", 0, 0, 200);
        String team = r.text("team", null);
        List<String> agents = r.texts("agents");
        if (count == 0 && agents.isEmpty()) {
            r.problems().add(r.path(), "a sickness incident needs agents (a list of ids) or a count of at least 1");
        }
        return clean(r, before) ? new Incident.Sickness(id, orDefault(title, "Sickness"), count, team, agents) : null;
    }

    private static Incident escalation(FieldReader r, String id, String title, int before) {
        String queue = r.text("queue", null);
        String customer = r.text("customer", "A customer");
        String summary = r.text("summary", "");
        RiskLevel vulnerability = level(r, "vulnerability");
        String note = r.text("vulnerabilityNote", "");
        RiskLevel regulatory = level(r, "regulatoryRisk");
        String regulation = r.text("regulation", "");
        double value = r.number("valueGbp", 0, 0, 10_000_000);
        int repeats = r.integer("repeatCount", 0, 0, 100);
        double deadline = r.requiredNumber("deadlineMinutes", 1, 7 * 24 * 60);
        boolean complaint = r.bool("complaint", true);
        return clean(r, before) ? new Incident.EscalationCase(id, orDefault(title, "Escalation case"), queue, customer,
                summary, vulnerability, note, regulatory, regulation, value, repeats, deadline, complaint) : null;
    }

    private static Incident compliance(FieldReader r, String id, String title, int before) {
        String kind = r.requiredText("kind");
        String agent = r.text("agent", null);
        String queue = r.text("queue", null);
        String regulation = r.requiredText("regulation");
        String description = r.text("description", "");
        String transcript = r.text("transcript", "");
        double hours = r.number("reportDeadlineHours", 72, 0, 720);
        List<String> required = requiredActions(r, agent);
        return clean(r, before) ? new Incident.ComplianceEvent(id, orDefault(title, "Compliance event"), kind, agent,
                queue, regulation, description, transcript, hours, required) : null;
    }

    /**
     * The actions a compliance event needs before it closes; absent means the defaults for its
     * kind (returned as null, which the record turns into them).
     */
    private static List<String> requiredActions(FieldReader r, String agent) {
        if (!r.has("requiredActions")) {
            return null;
        }
        String field = r.at("requiredActions");
        int before = r.problems().count();
        List<FieldReader.Element> elements = r.elements("requiredActions");
        if (r.problems().count() > before) {
            return null;
        }
        List<String> required = new ArrayList<>();
        for (FieldReader.Element element : elements) {
            boolean text = element.node().isTextual();
            String action = text ? element.node().asText().toLowerCase(Locale.ROOT) : null;
            if (action == null || !ComplianceActions.REQUIRABLE.contains(action)) {
                r.problems().add(element.path(), "must be one of " + String.join(", ", ComplianceActions.REQUIRABLE)
                        + " (got " + (text ? "'" + element.node().asText() + "'" : element.node().toString()) + ")");
            } else if (required.contains(action)) {
                r.problems().add(element.path(), "'" + action + "' is listed twice");
            } else {
                required.add(action);
            }
        }
        if (elements.isEmpty()) {
            r.problems().add(field, ComplianceActions.problemWith(List.of(), agent));
        } else if (required.contains(ComplianceActions.REMOVE_AGENT) && (agent == null || agent.isBlank())) {
            r.problems().add(field, "remove-agent needs the event's agent: name it in 'agent'");
        }
        return required;
    }

    private static RiskLevel level(FieldReader r, String field) {
        return RiskLevel.valueOf(r.choice(field, "none", LEVELS).toUpperCase(Locale.ROOT));
    }

    private static String orDefault(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title;
    }
}
