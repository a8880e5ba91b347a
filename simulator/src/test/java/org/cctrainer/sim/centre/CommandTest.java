package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.model.SkillAssignment;
import org.cctrainer.sim.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Interventions on a running day")
class CommandTest {
    /** 10:00 on the free-practice day: agents on the phones, some on breaks, queues busy. */
    private static final double TEN_AM = 2 * 3600;

    private static Simulation freePracticeAt(double t) throws Exception {
        Scenario scenario = ScenarioLibrary.builtIn("free-practice");
        Simulation simulation = Simulation.start(scenario, 5);
        simulation.runUntil(t);
        return simulation;
    }

    private static AgentKpis firstIn(Simulation simulation, String state) {
        return simulation.snapshot().agents().stream().filter(a -> a.state().equals(state)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("moving an agent to another queue changes where their next contact comes from")
    void moveAgent() throws Exception {
        Simulation simulation = freePracticeAt(TEN_AM);
        CommandResult result = simulation.apply(new Command.MoveAgent("bil-01", List.of(SkillAssignment.primary("webchat"))));
        assertTrue(result.accepted(), result.message());
        assertEquals(List.of("webchat"), simulation.snapshot().agent("bil-01").skills());
        List<SimEvent.ContactAnswered> answered = new java.util.ArrayList<>();
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactAnswered a && a.agent().equals("bil-01")) {
                answered.add(a);
            }
        });
        simulation.runUntil(TEN_AM + 3600);
        assertFalse(answered.isEmpty());
        assertTrue(answered.stream().allMatch(a -> a.queue().equals("webchat")), "only web chats after the move");
    }

    @Test
    @DisplayName("queue priority, overflow, callbacks, IVR message and deflection settings show on the wallboard")
    void queueSettings() throws Exception {
        Simulation simulation = freePracticeAt(TEN_AM);
        assertTrue(simulation.apply(new Command.SetQueuePriority("billing", 9)).accepted());
        assertTrue(simulation.apply(new Command.SetOverflow("billing", 45, List.of("support"))).accepted());
        assertTrue(simulation.apply(new Command.SetCallbackOffer("billing", true)).accepted());
        assertTrue(simulation.apply(new Command.SetIvrMessage("billing", true, "We know about the letters")).accepted());
        assertTrue(simulation.apply(new Command.SetDigitalDeflection("support", true)).accepted());
        KpiSnapshot snapshot = simulation.snapshot();
        QueueKpis billing = snapshot.queue("billing");
        assertEquals(9, billing.priority());
        assertEquals(45, billing.settings().overflowAfterSeconds());
        assertTrue(billing.settings().callbackOffered());
        assertTrue(billing.settings().ivrMessageOn());
        assertEquals("We know about the letters", billing.settings().ivrMessage());
        assertTrue(snapshot.queue("support").settings().deflectionOn());
        simulation.runUntil(TEN_AM + 2 * 3600);
        QueueKpis after = simulation.snapshot().queue("billing");
        assertTrue(after.sinceStart().resolvedInIvr() > 0, "some callers hung up happy after the message");
        assertTrue(simulation.snapshot().queue("support").sinceStart().deflected() > 0, "some moved to chat");
    }

    @Test
    @DisplayName("an agent on a break can be recalled to the phones; one on lunch cannot")
    void recall() throws Exception {
        Simulation simulation = freePracticeAt(TEN_AM);
        AgentKpis onBreak = firstIn(simulation, "break");
        CommandResult result = simulation.apply(new Command.RecallAgent(onBreak.id()));
        assertTrue(result.accepted(), result.message());
        assertTrue(List.of("available", "on-contact").contains(simulation.snapshot().agent(onBreak.id()).state()));
        simulation.runUntil(4 * 3600);
        AgentKpis atLunch = firstIn(simulation, "lunch");
        CommandResult refused = simulation.apply(new Command.RecallAgent(atLunch.id()));
        assertFalse(refused.accepted());
        assertTrue(refused.message().contains("lunch"), refused.message());
    }

    @Test
    @DisplayName("postponing a break moves it later: the agent stays on the phones through the original slot")
    void postpone() throws Exception {
        Simulation simulation = freePracticeAt(0);
        // bil-01's first break is at 08:45 (2,700 s); postpone it by 30 minutes.
        CommandResult result = simulation.apply(new Command.PostponeActivity("bil-01", 30));
        assertTrue(result.accepted(), result.message());
        List<SimEvent.AgentStateChanged> changes = new java.util.ArrayList<>();
        simulation.addListener(e -> {
            if (e instanceof SimEvent.AgentStateChanged c && c.agent().equals("bil-01")) {
                changes.add(c);
            }
        });
        simulation.runUntil(2 * 3600);
        double breakAt = changes.stream().filter(c -> c.to().wireName().equals("break")).findFirst().orElseThrow().t();
        assertTrue(breakAt >= 2700 + 1800, "break started at " + breakAt);

        simulation.runUntil(6 * 3600);
        CommandResult tooLate = simulation.apply(new Command.PostponeActivity("omar-haddad", 61));
        assertFalse(tooLate.accepted(), "Omar's 15:00 coaching cannot move past his 16:00 shift end");
        assertTrue(tooLate.message().contains("end of the shift"), tooLate.message());
    }

    @Test
    @DisplayName("overtime agents log in now with the skills given; sending agents home logs them out")
    void overtimeAndSendHome() throws Exception {
        Simulation simulation = freePracticeAt(TEN_AM);
        int before = simulation.snapshot().agents().size();
        CommandResult overtime = simulation.apply(new Command.AddOvertime(3, List.of(SkillAssignment.primary("billing")),
                "Billing", 60));
        assertTrue(overtime.accepted(), overtime.message());
        KpiSnapshot snapshot = simulation.snapshot();
        assertEquals(before + 3, snapshot.agents().size());
        assertEquals(3, snapshot.overtimeAgentHours(), 1e-9);
        assertTrue(snapshot.agents().stream().filter(AgentKpis::overtime).allMatch(a -> !a.state().equals("logged-out")));
        simulation.runUntil(TEN_AM + 3600 + 1800);
        assertTrue(simulation.snapshot().agents().stream().filter(AgentKpis::overtime)
                .allMatch(a -> a.state().equals("logged-out")), "overtime ends after its hour (and the last call)");

        AgentKpis available = firstIn(simulation, "available");
        assertTrue(simulation.apply(new Command.SendHome(List.of(available.id()))).accepted());
        assertEquals("logged-out", simulation.snapshot().agent(available.id()).state());
        assertTrue(simulation.snapshot().sentHomeAgentHours() > 0);
        assertFalse(simulation.apply(new Command.SendHome(List.of(available.id()))).accepted(), "already gone");
    }

    static Stream<Named<Command>> invalidCommands() {
        return Stream.of(
                Named.of("move an unknown agent", new Command.MoveAgent("nobody", List.of(SkillAssignment.primary("billing")))),
                Named.of("move to no skills", new Command.MoveAgent("bil-01", List.of())),
                Named.of("move to an unknown queue", new Command.MoveAgent("bil-01", List.of(SkillAssignment.primary("sales")))),
                Named.of("priority out of range", new Command.SetQueuePriority("billing", 11)),
                Named.of("priority unchanged", new Command.SetQueuePriority("billing", 5)),
                Named.of("overflow to itself", new Command.SetOverflow("billing", 30, List.of("billing"))),
                Named.of("overflow voice to chat", new Command.SetOverflow("billing", 30, List.of("webchat"))),
                Named.of("overflow threshold negative", new Command.SetOverflow("billing", -1, List.of("support"))),
                Named.of("recall an available agent", new Command.RecallAgent("omar-haddad")),
                Named.of("postpone by zero", new Command.PostponeActivity("bil-01", 0)),
                Named.of("postpone by more than two hours", new Command.PostponeActivity("bil-01", 121)),
                Named.of("overtime for 0 agents", new Command.AddOvertime(0, List.of(SkillAssignment.primary("billing")), "", 60)),
                Named.of("overtime for 5 minutes", new Command.AddOvertime(2, List.of(SkillAssignment.primary("billing")), "", 5)),
                Named.of("send nobody home", new Command.SendHome(List.of())),
                Named.of("callbacks on chat", new Command.SetCallbackOffer("webchat", true)),
                Named.of("callbacks already off", new Command.SetCallbackOffer("billing", false)),
                Named.of("IVR message with no text", new Command.SetIvrMessage("billing", true, " ")),
                Named.of("deflection from email", new Command.SetDigitalDeflection("email", true)),
                Named.of("deflection already off", new Command.SetDigitalDeflection("billing", false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommands")
    @DisplayName("an invalid command is refused with a reason and changes nothing, now or later")
    void invalidCommandsChangeNothing(Command command) throws Exception {
        Simulation untouched = freePracticeAt(TEN_AM);
        Simulation refused = freePracticeAt(TEN_AM);
        KpiSnapshot before = refused.snapshot();
        CommandResult result = refused.apply(command);
        assertFalse(result.accepted());
        assertFalse(result.message().isBlank());
        assertEquals(before, refused.snapshot(), "the centre is exactly as it was");
        EventHash expected = EventHash.attach(untouched);
        EventHash actual = EventHash.attach(refused);
        untouched.runUntil(TEN_AM + 3600);
        refused.runUntil(TEN_AM + 3600);
        assertEquals(expected.value(), actual.value(), "and the rest of the day is the same");
    }
}
