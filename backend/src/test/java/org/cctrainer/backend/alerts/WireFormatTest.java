package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.queue;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("On the wire: an alert change carries the documented names and lower-case values")
class WireFormatTest {
    private static final List<String> ALERT_FIELDS = List.of("id", "rule", "severity", "state", "queue", "agent",
            "title", "message", "value", "threshold", "raisedAt", "acknowledgedAt", "resolvedAt", "updatedAt");

    private static AlertChange acknowledgedBreach() {
        Exercise exercise = new Exercise().run(300, 15, t -> snapshot(t, queue("billing").serviceLevel(0.62, 50)));
        return exercise.engine.acknowledge("A1", 200).change().orElseThrow();
    }

    @Test
    @DisplayName("toWire() gives exactly the fields of docs/alerts.md, in order, with NaN times as null")
    void toWire() {
        Map<String, Object> change = acknowledgedBreach().toWire();
        assertEquals(List.of("kind", "alert"), List.copyOf(change.keySet()));
        assertEquals("acknowledged", change.get("kind"));
        @SuppressWarnings("unchecked")
        Map<String, Object> alert = (Map<String, Object>) change.get("alert");
        assertEquals(ALERT_FIELDS, List.copyOf(alert.keySet()));
        assertEquals("A1", alert.get("id"));
        assertEquals("sla-breach", alert.get("rule"));
        assertEquals("critical", alert.get("severity"));
        assertEquals("acknowledged", alert.get("state"));
        assertEquals("billing", alert.get("queue"));
        assertNull(alert.get("agent"));
        assertEquals(200.0, alert.get("acknowledgedAt"));
        assertTrue(alert.containsKey("resolvedAt"));
        assertNull(alert.get("resolvedAt"), "not resolved yet: null, never NaN");
    }

    @Test
    @DisplayName("a plain Jackson mapper writing the records themselves gives the same names and values")
    void jackson() {
        JsonNode change = new ObjectMapper().valueToTree(acknowledgedBreach());
        List<String> names = new ArrayList<>();
        change.get("alert").fieldNames().forEachRemaining(names::add);
        assertEquals(ALERT_FIELDS, names);
        assertEquals("acknowledged", change.get("kind").asText());
        assertEquals("critical", change.get("alert").get("severity").asText());
        assertEquals("acknowledged", change.get("alert").get("state").asText());
    }
}
