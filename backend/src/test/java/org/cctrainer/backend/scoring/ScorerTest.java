package org.cctrainer.backend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cctrainer.sim.scenario.ScenarioException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The scorer, on synthetic days")
class ScorerTest {
    private static final String HEAD = """
            scenario: test
            outcome: {serviceLevel: 1, abandonment: 0, csat: 0, cost: 0, compliance: 0}
            """;

    static Scorer scorer(String yaml) throws ScenarioException {
        return new Scorer(MarkingSchemeReader.read("test.yaml", HEAD + yaml, 8 * 60, 8 * 3600),
                t -> String.format("%02d:%02d", 8 + (int) (t / 3600), (int) (t % 3600) / 60));
    }

    static ScoreReport.PointResult point(ScoreReport report, String id) {
        return report.points().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("an alert-triggered point with an action window and an outcome")
    class AlertPoint {
        final String yaml = """
                points:
                  - id: breach
                    title: Handles the breach
                    criteria: [B1, B2]
                    points: 12
                    trigger: {alert: sla-breach, queue: billing}
                    expect:
                      - {label: Acknowledged, action: acknowledge-alert, params: {alert: $alert}, withinMinutes: 5}
                      - {label: Moved agents, actions: [move-agent, set-priority], params: {queue: billing}, withinMinutes: 20}
                    outcome: {kpi: serviceLevel15m, queue: billing, atLeast: target, withinMinutes: 60}
                    feedback: {met: well done, notMet: too slow}
                """;

        @Test
        @DisplayName("a trainee who acknowledges, moves agents and sees billing recover gets every point")
        void met() throws Exception {
            var timeline = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing")
                    .action(32, "c1", "acknowledge-alert", Map.of("alert", "A1"))
                    .action(40, "c2", "move-agent", Map.of("agent", "sam", "queues", List.of("billing", "support")))
                    .sample(50, 0.7).sample(70, 0.82).entries();
            ScoreReport report = scorer(yaml).score(timeline, 4 * 3600, true);
            var p = point(report, "breach");
            assertEquals("met", p.status());
            assertEquals(12, p.awarded());
            assertEquals("well done", p.feedback());
            assertEquals(100.0, report.pointsPercent());
        }

        @Test
        @DisplayName("acting late earns only the parts done in time, with evidence of what was missed")
        void partly() throws Exception {
            var timeline = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing")
                    .action(40, "c1", "acknowledge-alert", Map.of("alert", "A1"))
                    .action(45, "c2", "set-priority", Map.of("queue", "billing", "priority", 9))
                    .sample(60, 0.85).entries();
            var p = point(scorer(yaml).score(timeline, 4 * 3600, true), "breach");
            assertEquals("partly-met", p.status());
            assertEquals(8, p.awarded(), "two of three parts");
            assertTrue(p.evidence().stream().anyMatch(e -> !e.met() && e.text().contains("not done within 5 min")));
            assertEquals("too slow", p.feedback());
        }

        @Test
        @DisplayName("a passive trainee earns nothing, not even a recovery that happened by itself")
        void passive() throws Exception {
            var timeline = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing")
                    .sample(50, 0.6).sample(80, 0.9).entries();
            var p = point(scorer(yaml).score(timeline, 4 * 3600, true), "breach");
            assertEquals("not-met", p.status());
            assertEquals(0, p.awarded());
        }

        @Test
        @DisplayName("while its windows are open the point is pending, not failed")
        void pending() throws Exception {
            var timeline = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing").entries();
            var p = point(scorer(yaml).score(timeline, 31 * 60, false), "breach");
            assertEquals("pending", p.status());
            assertEquals("", p.feedback());
        }

        @Test
        @DisplayName("a point whose alert never fired is not assessed and not in the maximum")
        void notTriggered() throws Exception {
            ScoreReport report = scorer(yaml).score(Timelines.day().sample(60, 0.9).entries(), 4 * 3600, true);
            assertEquals("not-triggered", point(report, "breach").status());
            assertEquals(0, report.max());
            assertTrue(Double.isNaN(report.pointsPercent()), "no share of nothing");
            assertEquals(100 * report.outcome().score(), report.overallPercent(), 0.05, "the outcome alone");
            assertTrue(report.criteria().stream().allMatch(c -> c.status().equals("not-assessed")));
        }

        @Test
        @DisplayName("a refused command earns nothing")
        void refusedCommandsDoNotCount() throws Exception {
            var timeline = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing")
                    .action(31, "c1", "acknowledge-alert", Map.of("alert", "A1"), Map.of(), false).entries();
            assertEquals(0, point(scorer(yaml).score(timeline, 4 * 3600, true), "breach").awarded());
        }
    }

    @Nested
    @DisplayName("incident and time triggers, facts and precededBy")
    class Bindings {
        @Test
        @DisplayName("$agent binds to the incident's agent; facts and an earlier evidence view are required")
        void coachingTheRightAgent() throws Exception {
            String yaml = """
                    points:
                      - id: coach
                        title: Coaches the agent the evidence points to
                        criteria: [C2, C5, E1]
                        points: 10
                        trigger: {incident: poor-quality}
                        expect:
                          - label: Coached with a complete model, after listening to recordings
                            action: schedule-coaching
                            params: {agent: $agent}
                            facts: {modelComplete: "true"}
                            precededBy: {action: open-view, params: {view: recordings, agent: $agent}, withinMinutes: 120}
                            withinMinutes: 180
                        feedback: {met: ok, notMet: not yet}
                    """;
            var right = Timelines.day().incident(10, "poor-quality", "compliance", null, "jordan")
                    .action(20, "v1", "open-view", Map.of("view", "recordings", "agent", "jordan"))
                    .action(30, "c1", "schedule-coaching", Map.of("agent", "jordan"), Map.of("modelComplete", true), true)
                    .entries();
            assertEquals(10, point(scorer(yaml).score(right, 6 * 3600, true), "coach").awarded());
            var wrongAgent = Timelines.day().incident(10, "poor-quality", "compliance", null, "jordan")
                    .action(20, "v1", "open-view", Map.of("view", "recordings", "agent", "kay"))
                    .action(30, "c1", "schedule-coaching", Map.of("agent", "kay"), Map.of("modelComplete", true), true)
                    .entries();
            assertEquals(0, point(scorer(yaml).score(wrongAgent, 6 * 3600, true), "coach").awarded());
            var noEvidence = Timelines.day().incident(10, "poor-quality", "compliance", null, "jordan")
                    .action(30, "c1", "schedule-coaching", Map.of("agent", "jordan"), Map.of("modelComplete", true), true)
                    .entries();
            assertEquals(0, point(scorer(yaml).score(noEvidence, 6 * 3600, true), "coach").awarded());
        }

        @Test
        @DisplayName("a start-triggered briefing and a time-triggered check")
        void startAndTime() throws Exception {
            String yaml = """
                    points:
                      - id: brief
                        title: Risk briefing before the shift
                        criteria: [B4]
                        trigger: {start: true}
                        expect: [{action: risk-assessment, withinMinutes: 30}]
                        feedback: {met: ok, notMet: not yet}
                      - id: noon
                        title: Midday check
                        criteria: [B1]
                        trigger: {time: "12:00"}
                        expect: [{action: open-view, params: {view: what-moved}, withinMinutes: 10}]
                        feedback: {met: ok, notMet: not yet}
                    """;
            var timeline = Timelines.day().action(10, "r1", "risk-assessment", Map.of("count", 3))
                    .action(245, "v1", "open-view", Map.of("view", "what-moved")).entries();
            ScoreReport report = scorer(yaml).score(timeline, 6 * 3600, true);
            assertEquals("met", point(report, "brief").status());
            assertEquals("met", point(report, "noon").status());
            ScoreReport early = scorer(yaml).score(timeline, 60 * 60, false);
            assertEquals("not-triggered", point(early, "noon").status(), "12:00 has not come yet");
        }
    }

    @Nested
    @DisplayName("penalties")
    class Penalties {
        final String yaml = """
                points:
                  - {id: any, title: Anything, criteria: [B2], trigger: {start: true}, expect: [{action: broadcast, withinMinutes: 600}], feedback: {met: a, notMet: b}}
                penalties:
                  - id: noise
                    title: Overtime for a blip
                    criteria: [A4]
                    points: 6
                    when: {action: add-overtime}
                    unless: {alertOpen: {rule: sla-breach, minutes: 15}}
                    feedback: paying for noise
                  - id: pulled
                    title: Coaching pulled
                    criteria: [C5]
                    points: 4
                    when: {action: recall-agent, facts: {activity: [coaching, training]}}
                    moreThan: 1
                    max: 2
                    feedback: quality later
                  - id: unreviewed
                    title: Not reviewed
                    criteria: [B5]
                    points: 2
                    when: {actions: [move-agent]}
                    unless: {reviewed: {minutes: 60}}
                    feedback: review it
                  - id: complaints
                    title: A complaint
                    criteria: [A1]
                    points: 3
                    when: {event: complaint}
                    feedback: mishandled
                """;

        @Test
        @DisplayName("overtime during a sustained breach is fine; overtime for a blip is charged")
        void actingOnNoise() throws Exception {
            var sustained = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing")
                    .action(50, "o1", "add-overtime", Map.of("count", 3)).entries();
            assertEquals(0, scorer(yaml).score(sustained, 7 * 3600, true).penalty());
            var blip = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing")
                    .action(35, "o1", "add-overtime", Map.of("count", 3)).entries();
            ScoreReport report = scorer(yaml).score(blip, 7 * 3600, true);
            assertEquals(6, report.penalty());
            assertEquals("paying for noise", report.penalties().get(0).feedback());
            var resolved = Timelines.day().alert(30, "raised", "A1", "sla-breach", "billing")
                    .alert(40, "resolved", "A1", "sla-breach", "billing")
                    .action(60, "o1", "add-overtime", Map.of("count", 3)).entries();
            assertEquals(6, scorer(yaml).score(resolved, 7 * 3600, true).penalty(), "the breach was over");
        }

        @Test
        @DisplayName("one coaching session pulled goes free; every one after is charged, up to the cap")
        void coachingPulled() throws Exception {
            Timelines day = Timelines.day();
            for (int i = 0; i < 5; i++) {
                day.action(10 + i, "r" + i, "recall-agent", Map.of("agent", "a" + i), Map.of("activity", "coaching"), true);
            }
            day.action(20, "b", "recall-agent", Map.of("agent", "b"), Map.of("activity", "break"), true);
            ScoreReport report = scorer(yaml).score(day.entries(), 7 * 3600, true);
            assertEquals(8, report.penalty(), "two charges of 4 (cap 2), the break recall free");
        }

        @Test
        @DisplayName("a change not reviewed is charged once its review window has closed, not before")
        void reviews() throws Exception {
            var unreviewed = Timelines.day().action(10, "m1", "move-agent", Map.of("agent", "x")).entries();
            assertEquals(0, scorer(yaml).score(unreviewed, 30 * 60, false).penalty(), "still time to review");
            assertEquals(2, scorer(yaml).score(unreviewed, 120 * 60, false).penalty());
            var reviewed = Timelines.day().action(10, "m1", "move-agent", Map.of("agent", "x"))
                    .action(40, "r1", "review-change", Map.of("change", "m1", "verdict", "keep")).entries();
            assertEquals(0, scorer(yaml).score(reviewed, 7 * 3600, true).penalty());
        }

        @Test
        @DisplayName("centre events such as complaints are charged each time, and points never go below zero")
        void events() throws Exception {
            var timeline = Timelines.day().event(30, "complaint", "case-1").event(60, "complaint", "case-2").entries();
            ScoreReport report = scorer(yaml).score(timeline, 7 * 3600, true);
            assertEquals(6, report.penalty());
            assertEquals(0.0, report.pointsPercent());
            assertEquals(List.of("complaint: case-1", "complaint: case-2"),
                    report.penalties().stream().map(ScoreReport.PenaltyCharge::evidence).toList());
        }
    }

    @Test
    @DisplayName("the outcome balance weighs cost and compliance against service level")
    void outcomeBalance() {
        var weights = new MarkingScheme.Outcome(0.4, 0, 0, 0.3, 0.3, 6);
        var cheap = Timelines.day().sample(300, 0.8, 0, 0, 0).entries();
        var costly = Timelines.day().sample(300, 0.8, 0, 1, 30).entries();
        double good = OutcomeBalance.of(weights, (TimelineEntry.KpiSample) cheap.get(0)).score();
        double bad = OutcomeBalance.of(weights, (TimelineEntry.KpiSample) costly.get(0)).score();
        assertEquals(1.0, good, 1e-9);
        assertEquals(0.4 + 0.3 * 0 + 0.3 * 0.5, bad, 1e-9, "overtime 5× the budget costs the whole cost part");
    }
}
