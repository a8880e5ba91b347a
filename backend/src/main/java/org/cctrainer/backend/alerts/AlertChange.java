package org.cctrainer.backend.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One thing that happened to an alert, with the alert as it stands after it.
 *
 * @param kind "raised", "escalated" (warning → critical), "eased" (critical → warning),
 *             "acknowledged" or "resolved": the constants below
 */
public record AlertChange(String kind, Alert alert) {
    public static final String RAISED = "raised";
    public static final String ESCALATED = "escalated";
    public static final String EASED = "eased";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String RESOLVED = "resolved";
    private static final Set<String> KINDS = Set.of(RAISED, ESCALATED, EASED, ACKNOWLEDGED, RESOLVED);

    public AlertChange {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown alert change '" + kind + "'; expected one of " + KINDS);
        }
        Objects.requireNonNull(alert, "alert");
    }

    /** {@code {kind, alert}} with wire names and NaN as null, ready for any JSON writer. */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("kind", kind);
        wire.put("alert", alert.toWire());
        return wire;
    }
}
