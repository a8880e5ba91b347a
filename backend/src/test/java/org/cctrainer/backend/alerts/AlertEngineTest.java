package org.cctrainer.backend.alerts;

import static org.cctrainer.backend.alerts.Fixtures.agent;
import static org.cctrainer.backend.alerts.Fixtures.email;
import static org.cctrainer.backend.alerts.Fixtures.queue;
import static org.cctrainer.backend.alerts.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The alert engine: one alert per rule and subject, its life cycle, and the trainee's acknowledgement")
class AlertEngineTest {

    /** Billing breaches from the start, sinks to critical at 10 min, eases at 20, recovers at 30. */
    private static final DoubleFunction<KpiSnapshot> BILLING_DAY = t -> snapshot(t, queue("billing")
            .serviceLevel(t < 600 ? 0.75 : t < 1200 ? 0.55 : t < 1800 ? 0.72 : 0.90, 60));

    @Test
    @DisplayName("the trainee acknowledges a raised alert: it stays open, acknowledged, with the time it was seen")
    void acknowledge() {
        Exercise exercise = new Exercise().run(300, 15, BILLING_DAY);
        String id = exercise.last().alert().id();
        Acknowledgement ack = exercise.engine.acknowledge(id, 310);
        assertTrue(ack.accepted());
        AlertChange change = ack.change().orElseThrow();
        assertEquals("acknowledged", change.kind());
        assertEquals(AlertState.ACKNOWLEDGED, change.alert().state());
        assertEquals(310, change.alert().acknowledgedAt());
        assertEquals(310, change.alert().updatedAt());
        assertEquals(120, change.alert().raisedAt());
        assertEquals(List.of(change.alert()), exercise.engine.open());
    }

    @Test
    @DisplayName("an unknown id is refused with a reason, and changes nothing")
    void unknownId() {
        Exercise exercise = new Exercise().run(300, 15, BILLING_DAY);
        Acknowledgement ack = exercise.engine.acknowledge("A99", 310);
        assertFalse(ack.accepted());
        assertTrue(ack.unknown());
        assertTrue(ack.change().isEmpty());
        assertEquals("unknown-alert", ack.outcome().wireName());
        assertTrue(ack.reason().contains("A99"), ack.reason());
        assertEquals(AlertState.RAISED, exercise.engine.open().get(0).state());
        assertTrue(exercise.engine.acknowledge(null, 310).unknown());
    }

    @Test
    @DisplayName("acknowledging twice is refused the second time, keeping the first time")
    void alreadyAcknowledged() {
        Exercise exercise = new Exercise().run(300, 15, BILLING_DAY);
        String id = exercise.last().alert().id();
        exercise.engine.acknowledge(id, 310);
        Acknowledgement again = exercise.engine.acknowledge(id, 400);
        assertEquals(Acknowledgement.Outcome.ALREADY_ACKNOWLEDGED, again.outcome());
        assertFalse(again.unknown());
        assertTrue(again.change().isEmpty());
        assertEquals(310, exercise.engine.get(id).acknowledgedAt());
    }

    @Test
    @DisplayName("a resolved alert can no longer be acknowledged")
    void alreadyResolved() {
        Exercise exercise = new Exercise().run(2400, 15, BILLING_DAY);
        Alert resolved = exercise.last().alert();
        assertEquals(AlertState.RESOLVED, resolved.state());
        Acknowledgement ack = exercise.engine.acknowledge(resolved.id(), 2400);
        assertEquals(Acknowledgement.Outcome.ALREADY_RESOLVED, ack.outcome());
        assertTrue(ack.reason().contains("already resolved"), ack.reason());
        assertTrue(Double.isNaN(exercise.engine.get(resolved.id()).acknowledgedAt()));
    }

    @Test
    @DisplayName("an acknowledged alert stays acknowledged as it escalates, eases and resolves")
    void acknowledgedThroughSeverityChanges() {
        Exercise exercise = new Exercise().run(300, 15, BILLING_DAY);
        exercise.engine.acknowledge(exercise.last().alert().id(), 300);
        exercise.run(2400, 15, BILLING_DAY);
        assertEquals(List.of("raised warning", "escalated critical", "eased warning", "resolved warning"),
                exercise.story());
        assertEquals(AlertState.ACKNOWLEDGED, exercise.changes.get(1).alert().state());
        assertEquals(AlertState.ACKNOWLEDGED, exercise.changes.get(2).alert().state());
        Alert resolved = exercise.last().alert();
        assertEquals(AlertState.RESOLVED, resolved.state());
        assertEquals(300, resolved.acknowledgedAt(), "the resolved alert remembers when it was acknowledged");
        assertEquals(List.of(), exercise.engine.open());
        assertEquals(List.of(resolved), exercise.engine.all());
    }

    @Test
    @DisplayName("ids are short and unique, and a breach after a resolved one is a new alert with a new id")
    void idsUnique() {
        // Billing breaches three times, each for 10 minutes with 10 minutes of recovery between.
        Exercise exercise = new Exercise().run(3 * 1200, 15, t -> snapshot(t,
                queue("billing").serviceLevel(t % 1200 < 600 ? 0.70 : 0.95, 60)));
        List<Alert> all = exercise.engine.all();
        assertEquals(3, all.size());
        assertEquals(List.of("A1", "A2", "A3"), all.stream().map(Alert::id).toList());
        assertEquals(6, exercise.changes.size());
        Set<String> ids = new HashSet<>();
        exercise.changes.stream().filter(c -> c.kind().equals("raised")).forEach(c -> ids.add(c.alert().id()));
        assertEquals(3, ids.size());
    }

    @Test
    @DisplayName("a snapshot repeated at the same time changes nothing")
    void repeatedSnapshot() {
        AlertEngine engine = new AlertEngine(AlertSettings.defaults());
        for (double t = 0; t <= 2400; t += 15) {
            KpiSnapshot snapshot = BILLING_DAY.apply(t);
            List<AlertChange> first = engine.evaluate(snapshot);
            List<Alert> open = engine.open();
            assertEquals(List.of(), engine.evaluate(snapshot), "at " + t + " after " + first);
            assertEquals(List.of(), engine.evaluate(BILLING_DAY.apply(t)), "an equal snapshot at " + t);
            assertEquals(open, engine.open());
        }
        Exercise once = new Exercise().run(2400, 15, BILLING_DAY);
        assertEquals(once.engine.all(), engine.all(), "the repeats left the story as it was");
    }

    @Test
    @DisplayName("a snapshot older than the last one is ignored")
    void olderSnapshotIgnored() {
        Exercise exercise = new Exercise().run(300, 15, BILLING_DAY);
        assertEquals(List.of(), exercise.engine.evaluate(snapshot(100, queue("billing").serviceLevel(0.99, 60))));
        exercise.run(420, 15, BILLING_DAY);
        assertEquals(List.of("raised warning"), exercise.story());
    }

    @Test
    @DisplayName("many queues and agents at once get independent alerts, each for its own rule and subject")
    void independentAlerts() {
        DoubleFunction<KpiSnapshot> floor = t -> snapshot(t,
                queue("billing").serviceLevel(0.70, 60),
                queue("sales").abandons(t < 900 ? 10 : 1, 50).waiting(t < 900 ? 25 : 2, 30),
                queue("support").serviceLevel(0.92, 60).waiting(1, 150),
                email("mail").waiting(40, 3600),
                agent("a1").notReady(t + 300, "personal"),
                agent("a2").in("available", t),
                agent("a3").notReady(t + 1000, "meeting"));
        Exercise exercise = new Exercise().run(315, 15, floor);
        List<String> story = exercise.changes.stream().map(c -> c.kind() + " " + c.alert().rule() + " "
                + (c.alert().queue() != null ? c.alert().queue() : c.alert().agent()) + " "
                + c.alert().severity().wireName() + " at " + (long) c.alert().updatedAt()).toList();
        assertEquals(List.of(
                "raised longest-wait support critical at 0",
                "raised agent-not-ready a3 warning at 0",
                "raised queue-depth sales critical at 30",
                "raised sla-breach billing warning at 120",
                "raised abandon-rate sales critical at 120",
                "escalated agent-not-ready a3 critical at 210",
                "raised agent-not-ready a1 warning at 315"), story);
        assertEquals(6, exercise.engine.open().size());
        assertEquals(6, new HashSet<>(exercise.engine.open().stream().map(Alert::id).toList()).size());

        // Sales recovers; the others are untouched.
        exercise.changes.clear();
        exercise.run(1500, 15, floor);
        assertTrue(exercise.changes.stream().filter(c -> c.kind().equals("resolved"))
                .allMatch(c -> "sales".equals(c.alert().queue())), exercise.story().toString());
        assertEquals(List.of("support", "billing"), exercise.engine.open().stream().map(Alert::queue)
                .filter(q -> q != null).toList());
    }

    @Test
    @DisplayName("the changes of one snapshot come rule by rule, then in the snapshot's order of queues and agents")
    void stableOrder() {
        AlertEngine engine = new AlertEngine(AlertSettings.defaults());
        List<AlertChange> changes = engine.evaluate(snapshot(0,
                queue("zeta").waiting(30, 200), queue("alpha").waiting(30, 200),
                agent("b").notReady(1300, null), agent("a").notReady(700, null)));
        assertEquals(List.of("longest-wait/zeta", "longest-wait/alpha", "agent-not-ready/b", "agent-not-ready/a"),
                changes.stream().map(c -> c.alert().rule() + "/"
                        + (c.alert().queue() != null ? c.alert().queue() : c.alert().agent())).toList());
        assertEquals(List.of("A1", "A2", "A3", "A4"), changes.stream().map(c -> c.alert().id()).toList());
    }

    @Test
    @DisplayName("open() lists raised and acknowledged alerts oldest first; all() keeps the resolved ones for the timeline")
    void openAndAll() {
        Exercise exercise = new Exercise()
                .run(300, 15, t -> snapshot(t, queue("billing").waiting(t < 100 ? 2 : 30, 200),
                        queue("sales").waiting(t < 200 ? 2 : 30, 200), agent("a1").notReady(t + 700, null)));
        List<Alert> open = exercise.engine.open();
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5"), open.stream().map(Alert::id).toList());
        assertTrue(open.get(0).raisedAt() <= open.get(4).raisedAt());
        exercise.engine.acknowledge("A2", 300);
        exercise.run(600, 15, t -> snapshot(t, queue("billing").waiting(0, 0),
                queue("sales").waiting(30, 200), agent("a1").in("available", t)));
        assertEquals(5, exercise.engine.all().size());
        assertTrue(exercise.engine.open().stream().allMatch(a -> "sales".equals(a.queue())));
        assertTrue(exercise.engine.open().stream().anyMatch(a -> a.state() == AlertState.ACKNOWLEDGED));
    }

    @Test
    @DisplayName("the same day tells the same story at 0.5× (0.1 s apart) and at 60× (15 s apart), within one snapshot")
    void sameStoryAtEverySpeed() {
        DoubleFunction<KpiSnapshot> day = t -> snapshot(t,
                queue("billing").serviceLevel(t < 900 ? 0.85 : t < 1800 ? 0.60 : 0.90, 60)
                        .waiting(t < 1000 ? 3 : t < 1700 ? 22 : 1, t < 1000 ? 15 : t < 1700 ? 150 : 5),
                queue("sales").abandons(t < 600 ? 2 : t < 1500 ? 6 : 1, 60),
                t < 2000 ? agent("a1").notReady(t, "personal") : agent("a1").in("available", t - 2000));
        Exercise slow = new Exercise().run(3000, Exercise.SLOW, day);
        Exercise fast = new Exercise().run(3000, Exercise.FAST, day);
        assertEquals(slow.changes.size(), fast.changes.size(), slow.timedStory() + " vs " + fast.timedStory());
        assertEquals(11, slow.changes.size(), slow.timedStory().toString());
        for (int i = 0; i < slow.changes.size(); i++) {
            AlertChange s = slow.changes.get(i);
            AlertChange f = fast.changes.get(i);
            assertEquals(s.kind() + " " + s.alert().rule() + " " + s.alert().severity(),
                    f.kind() + " " + f.alert().rule() + " " + f.alert().severity());
            double gap = f.alert().updatedAt() - s.alert().updatedAt();
            assertTrue(gap > -Exercise.FAST && gap < Exercise.FAST, i + ": " + s + " vs " + f);
        }
    }

    @Test
    @DisplayName("no data raises nothing: an empty morning with undefined ratios stays quiet")
    void noDataNoAlerts() {
        Exercise exercise = new Exercise().run(3600, 15, t -> snapshot(t, queue("billing"), email("mail"),
                agent("a1").in("logged-out", t)));
        assertEquals(List.of(), exercise.story());
    }

    @Test
    @DisplayName("a queue missing from a snapshot keeps its alert: missing data is not recovery")
    void missingQueue() {
        Exercise exercise = new Exercise()
                .run(300, 15, t -> snapshot(t, queue("billing").waiting(12, 30)))
                .run(1200, 15, t -> snapshot(t))
                .run(1500, 15, t -> snapshot(t, queue("billing").waiting(0, 0)));
        assertEquals(List.of("raised warning at 30", "resolved warning at 1275"), exercise.timedStory());
    }

    @Test
    @DisplayName("the engine runs whatever rules it is given, with their own settings")
    void customRules() {
        AlertEngine engine = new AlertEngine(List.of(new QueueDepthRule(new QueueDepthRule.Settings(
                new Limits(3, 6, 4, 1), new Limits(3, 6, 4, 1), new Debounce(0, 0)))));
        assertEquals("raised warning", engine.evaluate(snapshot(0, queue("billing").waiting(3, 5))).stream()
                .map(c -> c.kind() + " " + c.alert().severity().wireName()).findFirst().orElseThrow());
    }
}
