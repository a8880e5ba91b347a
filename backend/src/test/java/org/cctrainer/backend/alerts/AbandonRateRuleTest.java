package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.email;
import static org.cctrainer.backend.alerts.Fixtures.queue;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Abandon rate: the last 15 minutes' abandons against 8% (warning) and 15% (critical)")
class AbandonRateRuleTest {

    private static Exercise exercise() {
        return Exercise.only(new AbandonRateRule(AbandonRateRule.Settings.defaults()));
    }

    @Test
    @DisplayName("10% abandoned for two minutes raises a warning that says how many and against what")
    void raisesWarning() {
        Exercise exercise = exercise().run(600, 5, t -> snapshot(t, queue("sales").abandons(5, 50)));
        assertEquals(List.of("raised warning at 120"), exercise.timedStory());
        Alert alert = exercise.last().alert();
        assertEquals("Sales abandons high", alert.title());
        assertEquals("Abandon rate 10% (5 of 50, last 15 min) against an 8% limit", alert.message());
        assertEquals(0.10, alert.value(), 1e-9);
        assertEquals(0.08, alert.threshold(), 1e-9);
    }

    @Test
    @DisplayName("over 15% escalates, back under 12% eases, under 5% for three minutes resolves")
    void lifeCycle() {
        Exercise exercise = exercise().run(2400, 5, t -> snapshot(t, queue("sales").abandons(
                t < 600 ? 5 : t < 1200 ? 10 : t < 1800 ? 5 : 2, 50)));
        assertEquals(List.of("raised warning at 120", "escalated critical at 720", "eased warning at 1380",
                "resolved warning at 1980"), exercise.timedStory());
        assertEquals("Abandon rate 20% (10 of 50, last 15 min) against a 15% critical limit",
                exercise.changes.get(1).alert().message());
        assertEquals("Abandon rate down to 4% (2 of 50, last 15 min)", exercise.last().alert().message());
    }

    @Test
    @DisplayName("exactly 8% is at the limit, not above it")
    void atTheLimit() {
        assertEquals(List.of(), exercise().run(1800, 15, t -> snapshot(t, queue("sales").abandons(4, 50))).story());
    }

    @Test
    @DisplayName("under ten contacts in the window, even three abandons in nine raise nothing")
    void minimumVolume() {
        assertEquals(List.of(), exercise().run(1800, 15, t -> snapshot(t, queue("sales").abandons(3, 9))).story());
        assertEquals(List.of("raised critical"),
                exercise().run(1800, 15, t -> snapshot(t, queue("sales").abandons(3, 10))).story());
    }

    @Test
    @DisplayName("a rate hovering between 4.5% and 6% after a breach keeps the alert open instead of flapping")
    void noFlapping() {
        Exercise exercise = exercise().run(4200, 5, t -> snapshot(t, queue("sales").abandons(
                t < 600 ? 20 : (long) (t / 60) % 2 == 0 ? 9 : 12, 200)));
        assertEquals(List.of("raised warning"), exercise.story());
    }

    @Test
    @DisplayName("email never abandons, so it never alerts")
    void emailNeverAbandons() {
        assertEquals(List.of(), exercise().run(1800, 15, t -> snapshot(t, email("mail").abandons(0, 80))).story());
    }
}
