package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.model.ActivityType;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.AgentState;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.ScheduledActivity;
import org.cctrainer.sim.model.SkillAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An agent's day")
class AgentDayTest {
    private static final double NEVER = Double.POSITIVE_INFINITY;

    private static TestCentre oneAgent(double shiftStart, double shiftEnd, ScheduledActivity... activities) {
        return new TestCentre().with(TestCentre.voice("billing", 5)).agent(TestCentre.agentWith("ann",
                List.of(SkillAssignment.primary("billing")), shiftStart, shiftEnd, List.of(activities)));
    }

    private static List<String> states(TestCentre centre) {
        return centre.events(SimEvent.AgentStateChanged.class).stream()
                .map(s -> s.to().wireName() + "@" + (long) s.t()).toList();
    }

    @Test
    @DisplayName("logs in at shift start and out at shift end")
    void shift() {
        TestCentre centre = oneAgent(600, 1200);
        Simulation simulation = centre.start();
        simulation.runUntil(300);
        assertEquals("logged-out", simulation.snapshot().agent("ann").state());
        simulation.runUntil(2000);
        assertEquals(List.of("available@600", "logged-out@1200"), states(centre));
    }

    @Test
    @DisplayName("a break due while the agent is on a call starts after the call, lasts its full length, and costs adherence")
    void lateBreak() {
        TestCentre centre = oneAgent(0, 3600, new ScheduledActivity(ActivityType.BREAK, 100, 300));
        Simulation simulation = centre.start();
        centre.contact(50, "billing", 150, NEVER);
        simulation.runUntil(3600);
        assertEquals(List.of("available@0", "on-contact@50", "break@200", "available@500", "logged-out@3600"),
                states(centre));
        AgentKpis ann = simulation.snapshot().agent("ann");
        // Scheduled: phones 0–100 and 400–3600, break 100–400. Actual: phones 0–200 and 500–3600, break 200–500.
        // Out of adherence 100–200 (on a call when due on break) and 400–500 (on break when due on phones).
        assertEquals((3600 - 200) / 3600.0, ann.adherence(), 1e-9);
    }

    @Test
    @DisplayName("an agent on a call at shift end finishes the call, then logs out")
    void finishesTheCallAtShiftEnd() {
        TestCentre centre = oneAgent(0, 100);
        Simulation simulation = centre.start();
        centre.contact(90, "billing", 60, NEVER);
        simulation.runUntil(500);
        assertEquals(List.of("available@0", "on-contact@90", "logged-out@150"), states(centre));
        AgentKpis ann = simulation.snapshot().agent("ann");
        assertEquals(1.0, ann.adherence(), 1e-12, "time after the shift is not scheduled time");
        assertEquals(1, ann.handled());
    }

    @Test
    @DisplayName("wrap-up follows talk, counts as busy, and both are in the handle time")
    void wrapUp() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("billing", 5)).agent("ann", "billing");
        Simulation simulation = centre.start();
        simulation.centre().queue("billing");
        centre.contact(0, "billing", 100, NEVER);
        simulation.runUntil(1);
        // Give the contact in service a wrap-up: scripted contacts have none, so set it on the running one.
        ServiceSlot slot = simulation.centre().agent("ann").slots[0];
        slot.contact.wrap = 20;
        simulation.runUntil(400);
        assertEquals(List.of("available@0", "on-contact@0", "wrap-up@100", "available@120"), states(centre));
        AgentKpis ann = simulation.snapshot().agent("ann");
        assertEquals(120, ann.ahtSeconds(), 1e-9);
        assertEquals(120.0 / 400, ann.occupancy(), 1e-9, "busy 120 s of 400 s on the phones");
    }

    @Test
    @DisplayName("agents go not-ready now and then at the rate the scenario gives, with reasons")
    void notReadySpells() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("billing", 5));
        for (int i = 0; i < 20; i++) {
            centre.agent(new AgentConfig("a" + i, "a" + i, "t", List.of(SkillAssignment.primary("billing")), 0,
                    8 * 3600, List.of(), QualityTraits.PERFECT, 2.0, 120));
        }
        Simulation simulation = centre.start();
        simulation.runUntil(8 * 3600);
        List<SimEvent.AgentStateChanged> notReady = centre.events(SimEvent.AgentStateChanged.class).stream()
                .filter(s -> s.to() == AgentState.NOT_READY).toList();
        // 20 agents × 8 h × 2 an hour ≈ 320 (less the time already spent not ready); Poisson sd ≈ 18.
        assertTrue(notReady.size() > 230 && notReady.size() < 330, "not-ready spells: " + notReady.size());
        assertTrue(notReady.stream().allMatch(s -> !s.reason().isBlank()));
        double seconds = simulation.snapshot().agents().stream().mapToDouble(AgentKpis::notReadySeconds).sum();
        assertEquals(notReady.size() * 120, seconds, notReady.size() * 120 * 0.25, "mean spell ≈ 120 s");
    }
}
