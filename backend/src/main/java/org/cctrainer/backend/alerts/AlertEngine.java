package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cctrainer.sim.kpi.KpiSnapshot;

/**
 * Turns a stream of KPI snapshots into alerts and their changes. All timing is virtual time
 * ({@code snapshot.t()}), so the same day raises the same alerts at 0.5× and at 60×.
 * Not thread-safe: one engine belongs to one exercise, which feeds it from one thread.
 */
public final class AlertEngine {
    private final List<AlertRule> rules;
    /** Per "rule|subject": the debounce timers. */
    private final Map<String, Tracker> trackers = new LinkedHashMap<>();
    /** Per "rule|subject": the id of its one open alert. */
    private final Map<String, String> openIds = new LinkedHashMap<>();
    /** Every alert by id, latest version, in the order raised: the timeline. */
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private long lastId;
    private double lastT = Double.NEGATIVE_INFINITY;

    public AlertEngine(AlertSettings settings) {
        this(settings.rules());
    }

    /** An engine with exactly these rules, in this order. */
    public AlertEngine(List<AlertRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The changes this snapshot causes, ordered by rule and then by the snapshot's order of
     * queues or agents. A snapshot older than the last one is ignored (time never runs back; a
     * replay that seeks backwards starts a new engine); one at the same time is evaluated again,
     * which changes nothing unless its figures differ.
     */
    public List<AlertChange> evaluate(KpiSnapshot snapshot) {
        double t = snapshot.t();
        if (Double.isNaN(t) || t < lastT) {
            return List.of();
        }
        lastT = t;
        List<AlertChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AlertRule rule : rules) {
            for (Reading reading : rule.read(snapshot)) {
                String key = rule.name() + "|" + reading.subject();
                seen.add(key);
                Tracker tracker = trackers.computeIfAbsent(key, k -> new Tracker(rule.debounce()));
                Alert open = openAlert(key);
                Tracker.Step step = tracker.next(t, reading.zone(), open == null ? null : open.severity());
                AlertChange change = apply(step, key, rule, reading, open, snapshot);
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        stopTimersOfAbsent(seen, t);
        return changes;
    }

    /** A queue or agent missing from the snapshot has no data: its timers stop, its alert stays. */
    private void stopTimersOfAbsent(Set<String> seen, double t) {
        for (Map.Entry<String, Tracker> entry : trackers.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                Alert open = openAlert(entry.getKey());
                entry.getValue().next(t, Zone.NO_DATA, open == null ? null : open.severity());
            }
        }
    }

    private AlertChange apply(Tracker.Step step, String key, AlertRule rule, Reading reading, Alert open,
                              KpiSnapshot snapshot) {
        double t = snapshot.t();
        double value = reading.value();
        switch (step) {
            case RAISE_WARNING, RAISE_CRITICAL -> {
                Severity severity = step == Tracker.Step.RAISE_CRITICAL ? Severity.CRITICAL : Severity.WARNING;
                Description text = rule.describe(snapshot, reading, severity, false);
                Alert alert = new Alert("A" + (++lastId), rule.name(), severity, AlertState.RAISED,
                        reading.queue(), reading.agent(), text.title(), text.message(), value, text.threshold(),
                        t, Double.NaN, Double.NaN, t);
                openIds.put(key, alert.id());
                return record(AlertChange.RAISED, alert);
            }
            case ESCALATE, EASE -> {
                Severity severity = step == Tracker.Step.ESCALATE ? Severity.CRITICAL : Severity.WARNING;
                Description text = rule.describe(snapshot, reading, severity, false);
                String kind = step == Tracker.Step.ESCALATE ? AlertChange.ESCALATED : AlertChange.EASED;
                return record(kind, open.withSeverity(severity, text, value, t));
            }
            case RESOLVE -> {
                Description text = rule.describe(snapshot, reading, open.severity(), true);
                openIds.remove(key);
                return record(AlertChange.RESOLVED, open.resolved(text, value, t));
            }
            default -> {
                return null;
            }
        }
    }

    private AlertChange record(String kind, Alert alert) {
        alerts.put(alert.id(), alert);
        return new AlertChange(kind, alert);
    }

    private Alert openAlert(String key) {
        String id = openIds.get(key);
        return id == null ? null : alerts.get(id);
    }

    /**
     * The trainee acknowledges an alert at virtual time {@code t}: only a raised alert can be
     * acknowledged; it then stays acknowledged through escalation and easing until it resolves.
     */
    public Acknowledgement acknowledge(String alertId, double t) {
        Alert alert = alertId == null ? null : alerts.get(alertId);
        if (alert == null) {
            return Acknowledgement.refused(Acknowledgement.Outcome.UNKNOWN_ALERT, alertId);
        }
        if (alert.state() == AlertState.RESOLVED) {
            return Acknowledgement.refused(Acknowledgement.Outcome.ALREADY_RESOLVED, alertId);
        }
        if (alert.state() == AlertState.ACKNOWLEDGED) {
            return Acknowledgement.refused(Acknowledgement.Outcome.ALREADY_ACKNOWLEDGED, alertId);
        }
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("acknowledge " + alertId + ": time must be a finite number, got " + t);
        }
        return Acknowledgement.granted(record(AlertChange.ACKNOWLEDGED, alert.acknowledged(t)));
    }

    /** What became of a trainee's "resolve": the change, or why there was none. */
    public record Resolution(AlertChange change, boolean unknown, String refusal) {
        public boolean accepted() {
            return change != null;
        }
    }

    /**
     * The trainee closes an acknowledged alert at virtual time {@code t}. Its rule starts afresh:
     * if the condition persists, a new alert is raised after the rule's usual debounce, so closing
     * an alert never hides a problem for long.
     */
    public Resolution resolve(String alertId, double t) {
        Alert alert = alertId == null ? null : alerts.get(alertId);
        if (alert == null) {
            return new Resolution(null, true, "There is no alert " + alertId + " in this exercise; refresh the alert list.");
        }
        if (alert.state() == AlertState.RESOLVED) {
            return new Resolution(null, false, "Alert " + alertId + " has already resolved.");
        }
        if (alert.state() != AlertState.ACKNOWLEDGED) {
            return new Resolution(null, false, "Acknowledge alert " + alertId + " before resolving it.");
        }
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("resolve " + alertId + ": time must be a finite number, got " + t);
        }
        String key = openIds.entrySet().stream().filter(e -> e.getValue().equals(alertId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (key != null) {
            openIds.remove(key);
            trackers.remove(key);
        }
        Description closed = new Description(alert.title(), alert.message() + " (closed by the supervisor)",
                alert.threshold());
        return new Resolution(record(AlertChange.RESOLVED, alert.resolved(closed, alert.value(), t)), false, null);
    }

    /** Raised or acknowledged alerts, oldest first. */
    public List<Alert> open() {
        return alerts.values().stream().filter(Alert::stillOpen).toList();
    }

    /** Every alert of the exercise, resolved ones included, oldest first: the timeline. */
    public List<Alert> all() {
        return List.copyOf(alerts.values());
    }

    /** One alert by id, as it stands now, or null. */
    public Alert get(String alertId) {
        return alerts.get(Objects.requireNonNull(alertId, "alertId"));
    }
}
