package org.cctrainer.backend.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctrainer.backend.scoring.MarkingScheme.ActionMatch;
import org.cctrainer.backend.scoring.MarkingScheme.Condition;
import org.cctrainer.backend.scoring.MarkingScheme.Expectation;
import org.cctrainer.backend.scoring.MarkingScheme.MarkingPoint;
import org.cctrainer.backend.scoring.MarkingScheme.OutcomeCheck;
import org.cctrainer.backend.scoring.MarkingScheme.Penalty;
import org.cctrainer.backend.scoring.MarkingScheme.Trigger;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.json.Problems;
import org.cctrainer.sim.json.YamlLines;
import org.cctrainer.sim.scenario.ScenarioException;

/**
 * Reads a marking scheme (YAML, docs/scoring.md) strictly: every problem is reported with its
 * line and field, unknown fields included, and nothing half-read is ever used.
 */
public final class MarkingSchemeReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final List<String> ALERT_RULES = List.of("sla-breach", "longest-wait", "abandon-rate", "queue-depth",
            "agent-not-ready");
    static final List<String> CENTRE_EVENTS = List.of("incident-ended", "case-deadline-passed", "case-classified",
            "case-escalated", "case-resolved", "complaint", "compliance-action", "compliance-closed", "policy-breached",
            "continuity-plan-invoked", "coaching-completed");

    private final int startMinute;
    private final double dayEnd;

    private MarkingSchemeReader(int startMinute, double dayEnd) {
        this.startMinute = startMinute;
        this.dayEnd = dayEnd;
    }

    /** Reads {@code text} for a scenario whose day starts at {@code startMinute} and lasts {@code dayEnd} seconds. */
    public static MarkingScheme read(String source, String text, int startMinute, double dayEnd)
            throws ScenarioException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioException(source, List.of(new Problems.Problem("", line, "not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse("malformed YAML"))));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioException(source, "the file is empty");
        }
        Problems problems = new Problems(YamlLines.of(text)::lineOf);
        FieldReader r = FieldReader.object(root, "", problems);
        MarkingScheme scheme = r == null ? null : new MarkingSchemeReader(startMinute, dayEnd).scheme(r);
        if (!problems.isEmpty() || scheme == null) {
            throw new ScenarioException(source, problems.list());
        }
        return scheme;
    }

    private MarkingScheme scheme(FieldReader r) {
        String scenario = r.requiredText("scenario");
        double pointsWeight = r.number("pointsWeight", 0.7, 0, 1);
        boolean live = r.bool("liveForTrainee", false);
        MarkingScheme.Outcome outcome = outcome(r.child("outcome"), r);
        List<MarkingPoint> points = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (FieldReader p : r.children("points")) {
            MarkingPoint point = point(p);
            if (point != null) {
                if (ids.contains(point.id())) {
                    p.problems().add(p.at("id"), "is used twice ('" + point.id() + "')");
                }
                ids.add(point.id());
                points.add(point);
            }
        }
        if (points.isEmpty()) {
            r.problems().add(r.at("points"), "must list at least one marking point");
        }
        List<Penalty> penalties = new ArrayList<>();
        for (FieldReader p : r.children("penalties")) {
            Penalty penalty = penalty(p);
            if (penalty != null) {
                penalties.add(penalty);
            }
        }
        r.finish();
        return new MarkingScheme(scenario, points, penalties, outcome, pointsWeight, live);
    }

    private static MarkingScheme.Outcome outcome(FieldReader o, FieldReader parent) {
        if (o == null) {
            return new MarkingScheme.Outcome(0.35, 0.2, 0.15, 0.15, 0.15, 8);
        }
        MarkingScheme.Outcome outcome = new MarkingScheme.Outcome(o.number("serviceLevel", 0.35, 0, 1),
                o.number("abandonment", 0.2, 0, 1), o.number("csat", 0.15, 0, 1), o.number("cost", 0.15, 0, 1),
                o.number("compliance", 0.15, 0, 1), o.number("overtimeBudgetAgentHours", 8, 0, 1000));
        if (outcome.total() <= 0) {
            parent.problems().add(parent.at("outcome"), "weights must not all be 0");
        }
        o.finish();
        return outcome;
    }

    private MarkingPoint point(FieldReader p) {
        String id = id(p);
        String title = p.requiredText("title");
        List<String> criteria = criteria(p);
        int points = p.integer("points", 10, 1, 1000);
        Trigger trigger = trigger(p.child("trigger"), p);
        List<Expectation> expect = new ArrayList<>();
        for (FieldReader e : p.children("expect")) {
            ActionMatch match = match(e, true);
            double within = minutes(e, "withinMinutes", 30);
            expect.add(new Expectation(e.text("label", describe(match)), match, within, e.integer("weight", 1, 1, 10)));
            e.finish();
        }
        OutcomeCheck outcome = outcomeCheck(p.child("outcome"));
        if (expect.isEmpty() && outcome == null) {
            p.problems().add(p.at("expect"), "a marking point needs at least one expected action or an outcome");
        }
        String met = "";
        String notMet = "";
        FieldReader f = p.child("feedback");
        if (f == null) {
            p.problems().add(p.at("feedback"), "is required ({met: ..., notMet: ...})");
        } else {
            met = f.requiredText("met");
            notMet = f.requiredText("notMet");
            f.finish();
        }
        p.finish();
        return new MarkingPoint(id, title, criteria, trigger, expect, outcome, points, met, notMet);
    }

    private Trigger trigger(FieldReader t, FieldReader parent) {
        if (t == null) {
            parent.problems().add(parent.at("trigger"), "is required (start, time, incident or alert)");
            return new Trigger("start", null, null, 0);
        }
        Trigger trigger;
        if (t.has("incident")) {
            trigger = new Trigger("incident", t.requiredText("incident"), null, 0);
        } else if (t.has("alert")) {
            String rule = t.choice("alert", "sla-breach", ALERT_RULES);
            trigger = new Trigger("alert", rule, t.text("queue", null), 0);
        } else if (t.has("time")) {
            trigger = new Trigger("time", null, null, clock(t, "time"));
        } else if (t.has("start")) {
            t.bool("start", true);
            trigger = new Trigger("start", null, null, 0);
        } else {
            parent.problems().add(parent.at("trigger"), "must name one of start, time, incident or alert");
            trigger = new Trigger("start", null, null, 0);
        }
        t.finish();
        return trigger;
    }

    private OutcomeCheck outcomeCheck(FieldReader o) {
        if (o == null) {
            return null;
        }
        String kpi = o.text("kpi", "serviceLevel15m");
        if (!OutcomeKpis.NAMES.contains(kpi)) {
            o.problems().add(o.at("kpi"), "must be one of " + String.join(", ", OutcomeKpis.NAMES) + " (got '" + kpi + "')");
        }
        String queue = o.text("queue", null);
        String comparison = o.has("atMost") ? "atMost" : "atLeast";
        double bound = Double.NaN;
        boolean target = false;
        if (o.has(comparison)) {
            String text = o.text(comparison, null);
            if ("target".equals(text)) {
                target = true;
            } else {
                bound = o.requiredNumber(comparison, -1e9, 1e9);
            }
        } else {
            o.problems().add(o.at("atLeast"), "an outcome needs atLeast or atMost (a number, or target)");
        }
        double within = minutes(o, "withinMinutes", 60);
        String label = o.text("label", kpi + (queue == null ? "" : " of " + queue) + " "
                + (comparison.equals("atLeast") ? "back to " : "down to ") + (target ? "target" : OutcomeKpis.format(kpi, bound)));
        OutcomeCheck check = new OutcomeCheck(label, kpi, queue, comparison, bound, target, within,
                o.integer("weight", 1, 1, 10));
        o.finish();
        return check;
    }

    private Penalty penalty(FieldReader p) {
        String id = id(p);
        String title = p.requiredText("title");
        List<String> criteria = criteria(p);
        int points = p.integer("points", 5, 1, 1000);
        ActionMatch when = null;
        String event = null;
        FieldReader w = p.child("when");
        if (w == null) {
            p.problems().add(p.at("when"), "is required (an action to match, or an event)");
        } else if (w.has("event")) {
            event = w.choice("event", "complaint", CENTRE_EVENTS);
            w.finish();
        } else {
            when = match(w, false);
            w.finish();
        }
        Condition unless = condition(p.child("unless"));
        int moreThan = p.integer("moreThan", 0, 0, 100);
        int max = p.integer("max", 5, 1, 100);
        String feedback = p.requiredText("feedback");
        p.finish();
        return new Penalty(id, title, criteria, when, event, unless, moreThan, max, points, feedback);
    }

    private Condition condition(FieldReader u) {
        if (u == null) {
            return null;
        }
        Condition condition;
        if (u.has("alertOpen")) {
            FieldReader a = u.child("alertOpen");
            condition = new Condition("alertOpen", a.choice("rule", "sla-breach", ALERT_RULES),
                    a.number("minutes", 10, 0, 600), null);
            a.finish();
        } else if (u.has("reviewed")) {
            FieldReader a = u.child("reviewed");
            condition = new Condition("reviewed", null, a.number("minutes", 45, 1, 600), null);
            a.finish();
        } else if (u.has("preceded")) {
            FieldReader a = u.child("preceded");
            ActionMatch match = match(a, false);
            condition = new Condition("preceded", null, a.number("withinMinutes", 30, 1, 1440), match);
            a.finish();
        } else {
            u.problems().add(u.path(), "must be one of alertOpen, reviewed or preceded");
            condition = null;
        }
        u.finish();
        return condition;
    }

    /** The action-matching fields of an expectation, penalty or precededBy block. */
    private ActionMatch match(FieldReader m, boolean allowPreceded) {
        List<String> actions = new ArrayList<>();
        if (m.has("action")) {
            actions.add(m.choice("action", "broadcast", ActionNames.ALL));
        } else if (m.has("actions")) {
            for (FieldReader.Element e : m.elements("actions")) {
                String name = e.node().asText();
                if (!ActionNames.ALL.contains(name)) {
                    m.problems().add(e.path(), "unknown action '" + name + "'; actions are " + String.join(", ", ActionNames.ALL));
                }
                actions.add(name);
            }
        } else {
            m.problems().add(m.at("action"), "is required (or actions: a list)");
        }
        Map<String, Object> params = values(m.child("params"));
        Map<String, Object> facts = values(m.child("facts"));
        ActionMatch preceded = null;
        double precededWithin = 0;
        if (allowPreceded && m.has("precededBy")) {
            FieldReader b = m.child("precededBy");
            preceded = match(b, false);
            precededWithin = minutes(b, "withinMinutes", 120);
            b.finish();
        }
        return new ActionMatch(actions, params, facts, preceded, precededWithin);
    }

    private static Map<String, Object> values(FieldReader f) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (f == null) {
            return values;
        }
        for (String name : f.fieldNames()) {
            JsonNode value = f.raw(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> options = new ArrayList<>();
                value.forEach(v -> options.add(v.asText()));
                values.put(name, options);
            } else if (value.isValueNode()) {
                values.put(name, value.asText());
            } else {
                f.problems().add(f.at(name), "must be a value or a list of values");
            }
        }
        f.finish();
        return values;
    }

    private String id(FieldReader p) {
        String id = p.requiredText("id");
        if (id != null && !ID.matcher(id).matches()) {
            p.problems().add(p.at("id"), "must be lower-case letters, digits or dashes (got '" + id + "')");
        }
        return id;
    }

    private static List<String> criteria(FieldReader p) {
        List<String> criteria = p.texts("criteria");
        for (String c : criteria) {
            if (!Criteria.known(c)) {
                p.problems().add(p.at("criteria"), "unknown criterion '" + c + "'; criteria are A1–A4, B1–B5, C1–C5, D1–D5, E1–E5");
            }
        }
        if (criteria.isEmpty()) {
            p.problems().add(p.at("criteria"), "must name at least one criterion id");
        }
        return criteria;
    }

    private double clock(FieldReader t, String field) {
        String text = t.text(field, "");
        Matcher m = CLOCK.matcher(text.trim());
        if (!m.matches()) {
            t.problems().add(t.at(field), "must be a clock time in quotes such as \"10:30\" (got " + text + ")");
            return 0;
        }
        double seconds = ((Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))) - startMinute) * 60.0;
        if (seconds < 0 || seconds >= dayEnd) {
            t.problems().add(t.at(field), "is outside the scenario's day (" + text + ")");
            return 0;
        }
        return seconds;
    }

    private static double minutes(FieldReader r, String field, double fallback) {
        return r.number(field, fallback, 0.5, 24 * 60) * 60;
    }

    private static String describe(ActionMatch match) {
        return String.join(" or ", match.actions());
    }
}
