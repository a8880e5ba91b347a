package org.cctrainer.backend.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Thresholds: zones with hysteresis bands, and settings that refuse nonsense")
class LimitsAndSettingsTest {

    @Test
    @DisplayName("a rising measure falls in clear, margin, warning, critical margin or critical")
    void strictZones() {
        Limits limits = new Limits(60, 120, 100, 20); // seconds: warn > 60, critical > 120, ease < 100, clear < 20
        assertEquals(Zone.CLEAR, limits.zone(19.9, false));
        assertEquals(Zone.MARGIN, limits.zone(20, false));
        assertEquals(Zone.MARGIN, limits.zone(60, false), "exactly at the line is not above it");
        assertEquals(Zone.WARNING, limits.zone(60.5, false));
        assertEquals(Zone.CRITICAL_MARGIN, limits.zone(100, false));
        assertEquals(Zone.CRITICAL_MARGIN, limits.zone(120, false));
        assertEquals(Zone.CRITICAL, limits.zone(121, false));
        assertEquals(Zone.NO_DATA, limits.zone(Double.NaN, false));
    }

    @Test
    @DisplayName("whole counts compare inclusively: at ten is a warning, at five is clear")
    void inclusiveZones() {
        Limits limits = new Limits(10, 20, 15, 5);
        assertEquals(Zone.CLEAR, limits.zone(5, true));
        assertEquals(Zone.MARGIN, limits.zone(9, true));
        assertEquals(Zone.WARNING, limits.zone(10, true));
        assertEquals(Zone.WARNING, limits.zone(15, true));
        assertEquals(Zone.CRITICAL_MARGIN, limits.zone(16, true));
        assertEquals(Zone.CRITICAL, limits.zone(20, true));
    }

    @Test
    @DisplayName("limits out of order are refused with a message that names them")
    void limitsOutOfOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Limits(10, 20, 25, 5));
        assertTrue(e.getMessage().contains("clear ≤ warning ≤ ease ≤ critical"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Limits(10, 20, 15, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Debounce(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SlaBreachRule.Settings(0, 0.15, 0.13, 0.02,
                new Debounce(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> new SlaBreachRule.Settings(5, 0.10, 0.13, 0.02,
                new Debounce(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> new AgentNotReadyRule.Settings(1200, 600));
        assertThrows(IllegalArgumentException.class, () -> new AbandonRateRule.Settings(0,
                new Limits(0.08, 0.15, 0.12, 0.05), new Debounce(0, 0)));
    }

    @Test
    @DisplayName("the defaults hold the five rules in reporting order")
    void defaults() {
        assertEquals(List.of("sla-breach", "longest-wait", "abandon-rate", "queue-depth", "agent-not-ready"),
                AlertSettings.defaults().rules().stream().map(AlertRule::name).toList());
        assertEquals(new Limits(3, 6, 5, 1), AlertSettings.defaults().longestWait().live());
    }

    @Test
    @DisplayName("durations, percentages and articles read as a supervisor would say them")
    void wording() {
        assertEquals("20 s", Wording.duration(20));
        assertEquals("2 min 05 s", Wording.duration(125));
        assertEquals("10 min", Wording.duration(600));
        assertEquals("1 h 05 min", Wording.duration(3900));
        assertEquals("4 h", Wording.duration(14400));
        assertEquals("62%", Wording.percent(0.62));
        assertEquals("79.6%", Wording.percentBeside(0.796, 0.80));
        assertEquals("79.9%", Wording.percentBeside(0.7996, 0.80));
        assertEquals("80.1%", Wording.percentBeside(0.8004, 0.80));
        assertEquals("74%", Wording.percentBeside(0.74, 0.80));
        assertEquals("a 20 s", Wording.article("20 s"));
        assertEquals("an 8%", Wording.article("8%"));
        assertEquals("an 11 min", Wording.article("11 min"));
        assertEquals("an 80%", Wording.article("80%"));
        assertEquals("a 1 min", Wording.article("1 min"));
        assertEquals("a 110 s", Wording.article("110 s"));
        assertEquals("1 call", Wording.contacts(1, "voice"));
        assertEquals("3 contacts", Wording.contacts(3, "video"));
    }
}
