package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.AgentState;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.SkillAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Coaching sessions the trainee books")
class CoachingSessionTest {
    private static final double TEN = DecisionDay.TEN;
    private static final double ELEVEN = 3 * 3600;

    /** Lena Fischer: fast but below standard (QA 76, CSAT 3.9, FCR 0.72). */
    private static final String LENA = "lena-fischer";

    private static Simulation freePracticeAtTen() throws Exception {
        Simulation simulation = DecisionDay.freePractice(5);
        simulation.runUntil(TEN);
        return simulation;
    }

    private static List<SimEvent> eventsOf(Simulation simulation, String agent) {
        List<SimEvent> events = new ArrayList<>();
        simulation.addListener(e -> {
            if (e instanceof SimEvent.AgentStateChanged c && c.agent().equals(agent)
                    || e instanceof SimEvent.CoachingCompleted c2 && c2.agent().equals(agent)) {
                events.add(e);
            }
        });
        return events;
    }

    private static QualityTraits traits(Simulation simulation, String agent) {
        return simulation.centre().agent(agent).quality;
    }

    @Test
    @DisplayName("the agent goes to coaching at the booked time; once it has happened, QA, CSAT and FCR move "
            + "halfway to the standard")
    void sessionImprovesQuality() throws Exception {
        Simulation simulation = freePracticeAtTen();
        List<SimEvent> lena = eventsOf(simulation, LENA);
        CommandResult booked = simulation.apply(new Command.ScheduleCoaching(LENA, ELEVEN, 30));
        assertTrue(booked.accepted(), booked.message());

        simulation.runUntil(ELEVEN + 3600);
        SimEvent.AgentStateChanged toCoaching = lena.stream().filter(SimEvent.AgentStateChanged.class::isInstance)
                .map(SimEvent.AgentStateChanged.class::cast).filter(c -> c.to() == AgentState.COACHING)
                .findFirst().orElseThrow();
        assertTrue(toCoaching.t() >= ELEVEN && toCoaching.t() < ELEVEN + 1800,
                "at 11:00, or after the contact in hand: " + toCoaching.t());
        SimEvent.CoachingCompleted done = lena.stream().filter(SimEvent.CoachingCompleted.class::isInstance)
                .map(SimEvent.CoachingCompleted.class::cast).findFirst().orElseThrow();
        assertEquals(toCoaching.t() + 1800, done.t(), 1e-9, "after its full 30 minutes");

        QualityTraits after = traits(simulation, LENA);
        assertEquals(80.5, after.qaMean(), 1e-9);
        assertEquals(4.1, after.csatMean(), 1e-9);
        assertEquals(0.76, after.fcrRate(), 1e-9);
        assertEquals(1.2, after.speed(), "coaching is about quality, not speed");
    }

    @Test
    @DisplayName("coaching only lifts: an agent above the standard stays where they are")
    void onlyUpward() throws Exception {
        Simulation simulation = freePracticeAtTen();
        QualityTraits before = traits(simulation, "omar-haddad");
        assertTrue(simulation.apply(new Command.ScheduleCoaching("omar-haddad", TEN + 1800, 20)).accepted());
        List<SimEvent> omar = eventsOf(simulation, "omar-haddad");
        simulation.runUntil(ELEVEN + 1800);
        assertTrue(omar.stream().anyMatch(SimEvent.CoachingCompleted.class::isInstance));
        assertEquals(before, traits(simulation, "omar-haddad"));
    }

    @Test
    @DisplayName("recalling the agent from the session cancels the improvement: it never happened")
    void recallCancels() throws Exception {
        Simulation simulation = freePracticeAtTen();
        QualityTraits before = traits(simulation, LENA);
        assertTrue(simulation.apply(new Command.ScheduleCoaching(LENA, ELEVEN, 30)).accepted());
        List<SimEvent> lena = eventsOf(simulation, LENA);
        double t = ELEVEN;
        while (!simulation.snapshot().agent(LENA).state().equals("coaching") && t < ELEVEN + 3600) {
            t += 30;
            simulation.runUntil(t);
        }
        CommandResult recalled = simulation.apply(new Command.RecallAgent(LENA));
        assertTrue(recalled.accepted(), recalled.message());
        simulation.runUntil(ELEVEN + 2 * 3600);
        assertTrue(lena.stream().noneMatch(SimEvent.CoachingCompleted.class::isInstance));
        assertEquals(before, traits(simulation, LENA));
    }

    @Test
    @DisplayName("a session before the agent's shift starts is refused and changes nothing")
    void beforeTheShift() throws Exception {
        Simulation simulation = DecisionDay.freePractice(5);
        KpiSnapshot before = simulation.snapshot();
        // Omar starts at 09:00.
        CommandResult refused = simulation.apply(new Command.ScheduleCoaching("omar-haddad", 1800, 30));
        assertFalse(refused.accepted());
        assertTrue(refused.message().contains("shift, 09:00–16:00"), refused.message());
        assertEquals(before, simulation.snapshot());
    }

    @Test
    @DisplayName("after the session the agent's QA scores are measurably higher")
    void qaScoresRise() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("billing", 5)).qaSampled(1.0)
                .agent(new AgentConfig("rookie", "Rookie", "team", List.of(SkillAssignment.primary("billing")), 0,
                        8 * 3600, List.of(), new QualityTraits(1.0, 60, 3.5, 0.6), 0, 0));
        Simulation simulation = centre.start();
        for (double t = 60; t < 8 * 3600; t += 300) {
            centre.contact(t, "billing", 100, 600);
        }
        double start = 4 * 3600;
        assertTrue(simulation.apply(new Command.ScheduleCoaching("rookie", start, 30)).accepted());
        simulation.runUntil(8 * 3600);
        double before = centre.events(SimEvent.QaEvaluated.class).stream().filter(q -> q.t() < start)
                .mapToInt(SimEvent.QaEvaluated::score).average().orElseThrow();
        double after = centre.events(SimEvent.QaEvaluated.class).stream().filter(q -> q.t() > start + 1800)
                .mapToInt(SimEvent.QaEvaluated::score).average().orElseThrow();
        // 60 before, 72.5 after: each average is over about 60 evaluations with a spread of 8.
        assertTrue(after - before > 8, "QA " + before + " → " + after);
    }
}
