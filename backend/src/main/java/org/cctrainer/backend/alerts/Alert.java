package org.cctrainer.backend.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An alert as it stands after its latest change. Times are virtual seconds from the start of
 * the day; {@code acknowledgedAt} and {@code resolvedAt} are NaN until they happen.
 * {@code value} and {@code threshold} are in the rule's unit (a fraction for rates, seconds
 * for waits and durations, a count for queue depth) and are those of the latest change.
 * On the wire use {@link #toWire()}; a Jackson mapper writing the record itself gives the same
 * names and values except NaN (the field list is in docs/alerts.md).
 *
 * @param queue the queue id, or null for an agent alert
 * @param agent the agent id, or null for a queue alert
 */
public record Alert(String id, String rule, Severity severity, AlertState state, String queue, String agent,
                    String title, String message, double value, double threshold, double raisedAt,
                    double acknowledgedAt, double resolvedAt, double updatedAt) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
    }

    /** Raised or acknowledged: still on the supervisor's list. Not a bean getter, so not on the wire. */
    public boolean stillOpen() {
        return state != AlertState.RESOLVED;
    }

    Alert withSeverity(Severity newSeverity, Description text, double newValue, double t) {
        return new Alert(id, rule, newSeverity, state, queue, agent, text.title(), text.message(), newValue,
                text.threshold(), raisedAt, acknowledgedAt, resolvedAt, t);
    }

    Alert acknowledged(double t) {
        return new Alert(id, rule, severity, AlertState.ACKNOWLEDGED, queue, agent, title, message, value,
                threshold, raisedAt, t, resolvedAt, t);
    }

    Alert resolved(Description text, double newValue, double t) {
        return new Alert(id, rule, severity, AlertState.RESOLVED, queue, agent, text.title(), text.message(),
                newValue, text.threshold(), raisedAt, acknowledgedAt, t, t);
    }

    /** The alert with wire names and undefined times (NaN) as null; field names as in docs/alerts.md. */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", id);
        wire.put("rule", rule);
        wire.put("severity", severity.wireName());
        wire.put("state", state.wireName());
        wire.put("queue", queue);
        wire.put("agent", agent);
        wire.put("title", title);
        wire.put("message", message);
        wire.put("value", number(value));
        wire.put("threshold", number(threshold));
        wire.put("raisedAt", number(raisedAt));
        wire.put("acknowledgedAt", number(acknowledgedAt));
        wire.put("resolvedAt", number(resolvedAt));
        wire.put("updatedAt", number(updatedAt));
        return wire;
    }

    private static Double number(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
