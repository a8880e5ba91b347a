package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.queue;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SLA breach: the last 15 minutes' service level against the queue's target")
class SlaBreachRuleTest {

    /** Billing, 80/20, with 50 contacts in the window at this service level. */
    private static Fixtures.QueueFixture billing(double level) {
        return queue("billing").serviceLevel(level, 50);
    }

    @Test
    @DisplayName("a ten-minute dip below target raises one warning, not one per snapshot, and recovery resolves it")
    void tenMinuteDip() {
        Exercise exercise = new Exercise().run(1800, 1,
                t -> snapshot(t, billing(t >= 300 && t < 900 ? 0.74 : 0.85)));
        assertEquals(List.of("raised warning at 420", "resolved warning at 1080"), exercise.timedStory(),
                "raised after two minutes below target; resolved after three minutes above 82%");
    }

    @Test
    @DisplayName("a dip shorter than the two-minute debounce raises nothing")
    void shortDip() {
        Exercise exercise = new Exercise().run(1800, 1,
                t -> snapshot(t, billing(t >= 300 && t < 410 ? 0.60 : 0.85)));
        assertEquals(List.of(), exercise.story());
    }

    @Test
    @DisplayName("sinking more than 15 points under escalates to critical; climbing back within 13 points eases it")
    void escalatesAndEases() {
        Exercise exercise = new Exercise().run(2600, 5, t -> snapshot(t, billing(
                t < 600 ? 0.75 : t < 1200 ? 0.60 : t < 2000 ? 0.70 : 0.90)));
        assertEquals(List.of("raised warning at 120", "escalated critical at 720", "eased warning at 1380",
                "resolved warning at 2180"), exercise.timedStory());
    }

    @Test
    @DisplayName("a queue that is already far under target when it crosses the debounce raises critical straight away")
    void raisesCriticalDirectly() {
        Exercise exercise = new Exercise().run(600, 5, t -> snapshot(t, billing(0.50)));
        assertEquals(List.of("raised critical at 120"), exercise.timedStory());
        assertEquals(0.65, exercise.last().alert().threshold(), 1e-9, "the critical line is 15 points under");
    }

    @Test
    @DisplayName("a level wavering around the target keeps the one alert open without flapping")
    void noFlappingAroundTarget() {
        // Five minutes at 70%, then an hour swinging 79% ↔ 81.5% every 20 s: never clear (> 82%) for 3 min.
        Exercise exercise = new Exercise().run(3900, 5,
                t -> snapshot(t, billing(t < 300 ? 0.70 : (long) (t / 20) % 2 == 0 ? 0.79 : 0.815)));
        assertEquals(List.of("raised warning"), exercise.story());
    }

    @Test
    @DisplayName("a level wavering around the critical line neither escalates nor, once critical, eases")
    void noFlappingAroundCriticalLine() {
        Exercise wavering = new Exercise().run(3600, 5,
                t -> snapshot(t, billing((long) (t / 60) % 2 == 0 ? 0.66 : 0.64)));
        assertEquals(List.of("raised warning"), wavering.story(),
                "64% never lasts the two minutes escalation needs");

        Exercise critical = new Exercise().run(3600, 5,
                t -> snapshot(t, billing(t < 600 ? 0.50 : (long) (t / 60) % 2 == 0 ? 0.66 : 0.64)));
        assertEquals(List.of("raised critical"), critical.story(), "66% is inside the band: not enough to ease");
    }

    @Test
    @DisplayName("the debounce is virtual time: 0.1 s snapshots (0.5×) and 15 s snapshots (60×) tell the same story")
    void sameStoryAtEverySpeed() {
        Exercise slow = new Exercise().run(2400, Exercise.SLOW, t -> snapshot(t, dipAndRecover(t)));
        Exercise fast = new Exercise().run(2400, Exercise.FAST, t -> snapshot(t, dipAndRecover(t)));
        assertEquals(List.of("raised warning", "escalated critical", "eased warning", "resolved warning"),
                slow.story());
        assertEquals(slow.story(), fast.story());
        for (int i = 0; i < slow.changes.size(); i++) {
            double gap = fast.changes.get(i).alert().updatedAt() - slow.changes.get(i).alert().updatedAt();
            assertTrue(gap >= 0 && gap < Exercise.FAST, "change " + i + " differs by " + gap + " s, not within a step");
        }
        assertEquals(307 + 120, slow.changes.get(0).alert().raisedAt(), 0.11);
    }

    private static Fixtures.QueueFixture dipAndRecover(double t) {
        return billing(t < 307 ? 0.85 : t < 700 ? 0.72 : t < 1300 ? 0.55 : t < 1700 ? 0.72 : 0.90);
    }

    @Test
    @DisplayName("fewer than ten contacts in the window raise nothing, however bad the level")
    void minimumVolume() {
        Exercise nine = new Exercise().run(3600, 15, t -> snapshot(t, queue("billing").serviceLevel(0.25, 9)));
        assertEquals(List.of(), nine.story());
        Exercise ten = new Exercise().run(3600, 15, t -> snapshot(t, queue("billing").serviceLevel(0.20, 10)));
        assertEquals(List.of("raised critical"), ten.story());
    }

    @Test
    @DisplayName("no service level (NaN) raises nothing")
    void noNumberNoAlert() {
        Exercise exercise = Exercise.only(new SlaBreachRule(SlaBreachRule.Settings.defaults())).run(3600, 15,
                t -> snapshot(t, queue("billing").serviceLevelUndefined(40)));
        assertEquals(List.of(), exercise.story(), "40 contacts, all abandoned, under the 'answered' definition");
    }

    @Test
    @DisplayName("a quiet spell with too few contacts neither raises nor resolves: the open alert waits for data")
    void quietSpellFreezes() {
        Exercise exercise = new Exercise()
                .run(600, 15, t -> snapshot(t, billing(0.70)))
                .run(4200, 15, t -> snapshot(t, queue("billing").serviceLevel(1.0, 2)))
                .run(4800, 15, t -> snapshot(t, billing(0.90)));
        assertEquals(List.of("raised warning at 120", "resolved warning at 4395"), exercise.timedStory(),
                "back to data at 4215, then three minutes clear");
    }

    @Test
    @DisplayName("the message gives the level, the window and the target in plain words")
    void wording() {
        Exercise exercise = new Exercise().run(3000, 15, t -> snapshot(t,
                billing(t < 600 ? 0.74 : t < 1500 ? 0.62 : 0.85)));
        Alert raised = exercise.changes.get(0).alert();
        assertEquals("sla-breach", raised.rule());
        assertEquals("billing", raised.queue());
        assertNull(raised.agent());
        assertEquals("Billing below SLA", raised.title());
        assertEquals("Service level 74% (last 15 min) against 80% target", raised.message());
        assertEquals(0.74, raised.value(), 1e-9);
        assertEquals(0.80, raised.threshold(), 1e-9);
        assertEquals("Service level 62% (last 15 min) against 80% target, 18 points under",
                exercise.changes.get(1).alert().message());
        Alert resolved = exercise.last().alert();
        assertEquals("Service level back to 85% (last 15 min) against 80% target", resolved.message());
        assertEquals(AlertState.RESOLVED, resolved.state());
    }

    @Test
    @DisplayName("79.6% is written with its decimal, never as \"80% against 80% target\"")
    void nearMissWording() {
        Exercise exercise = new Exercise().run(600, 15, t -> snapshot(t, queue("billing").serviceLevel(0.796, 500)));
        assertEquals("Service level 79.6% (last 15 min) against 80% target", exercise.last().alert().message());
    }

    @Test
    @DisplayName("a 100% target can still resolve: a perfect window is clear")
    void fullTarget() {
        Exercise exercise = new Exercise().run(1200, 15, t -> snapshot(t,
                queue("vip").target(1.0, 10).serviceLevel(t < 300 ? 0.9 : 1.0, 20)));
        assertEquals(List.of("raised warning at 120", "resolved warning at 480"), exercise.timedStory());
    }
}
