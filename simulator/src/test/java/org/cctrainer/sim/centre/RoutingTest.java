package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.model.CallbackPolicy;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.Overflow;
import org.cctrainer.sim.model.SkillAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Skill-based routing")
class RoutingTest {
    private static final double NEVER = Double.POSITIVE_INFINITY;

    @Test
    @DisplayName("a new contact goes to the agent who has been idle longest, not the first on the roster")
    void longestIdleAgentFirst() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("billing", 5))
                .agent("ann", "billing").agent("bob", "billing").agent("cat", "billing");
        centre.start();
        centre.contact(1, "billing", 10, NEVER)      // ann (idle since 0, first in line)
                .contact(20, "billing", 10, NEVER)   // bob: ann became idle again at 11
                .contact(30, "billing", 10, NEVER)   // cat
                .contact(40, "billing", 10, NEVER);  // ann, idle since 11
        centre.contactsRunUntil(100);
        assertEquals(List.of("1→ann@1", "2→bob@20", "3→cat@30", "4→ann@40"), centre.answers());
    }

    @Test
    @DisplayName("a new contact goes to a free agent with the queue as a primary skill before a backup agent idle longer")
    void primaryAgentsBeforeBackupOnArrival() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("billing", 5)).with(TestCentre.voice("support", 5))
                .agent(TestCentre.agentWith("bob", List.of(SkillAssignment.primary("support"),
                        new SkillAssignment("billing", 0.8, 2)), 0, 8 * 3600, List.of()))
                .agent("ann", "billing");
        centre.start();
        centre.contact(10, "billing", 100, NEVER).contact(20, "billing", 100, NEVER);
        centre.contactsRunUntil(60);
        assertEquals(List.of("1→ann@10", "2→bob@20"), centre.answers(), "bob, idle longer, is billing's backup");
    }

    @Test
    @DisplayName("a freed agent takes the higher-priority queue first, even if the other has waited longer")
    void queuePriorityBeforeWait() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("low", 2)).with(TestCentre.voice("high", 8))
                .agent("ann", "low", "high");
        centre.start();
        centre.contact(0, "low", 100, NEVER)
                .contact(10, "low", 50, NEVER)
                .contact(50, "high", 50, NEVER);
        centre.contactsRunUntil(400);
        assertEquals(List.of("1→ann@0", "3→ann@100", "2→ann@150"), centre.answers());
    }

    @Test
    @DisplayName("at equal queue priority, the longest-waiting head contact is taken")
    void longestWaitAtEqualPriority() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("a", 5)).with(TestCentre.voice("b", 5))
                .agent("ann", "a", "b");
        centre.start();
        centre.contact(0, "a", 100, NEVER).contact(20, "b", 10, NEVER).contact(30, "a", 10, NEVER);
        centre.contactsRunUntil(300);
        assertEquals(List.of("1→ann@0", "2→ann@100", "3→ann@110"), centre.answers());
    }

    @Test
    @DisplayName("at equal queue priority an agent turns to a backup skill only when its primary queues are empty")
    void primarySkillBeforeBackup() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("sales", 5)).with(TestCentre.voice("service", 5))
                .agent(TestCentre.agentWith("ann", List.of(SkillAssignment.primary("sales"),
                        new SkillAssignment("service", 1.0, 2)), 0, 8 * 3600, List.of()));
        centre.start();
        centre.contact(0, "sales", 100, NEVER).contact(10, "service", 10, NEVER).contact(50, "sales", 10, NEVER);
        centre.contactsRunUntil(300);
        assertEquals(List.of("1→ann@0", "3→ann@100", "2→ann@110"), centre.answers());
    }

    @Test
    @DisplayName("past the overflow threshold a waiting contact also goes to the overflow queue's agents")
    void overflowAfterThreshold() {
        TestCentre centre = new TestCentre()
                .with(TestCentre.queue("billing", Channel.VOICE, 5, 1, new Overflow(30, List.of("general")),
                        CallbackPolicy.DEFAULT))
                .with(TestCentre.voice("general", 5))
                .agent("ann", "billing").agent("gil", "general");
        centre.start();
        centre.contact(0, "billing", 100, NEVER).contact(5, "billing", 100, NEVER);
        centre.contactsRunUntil(60);
        assertEquals(List.of("1→ann@0", "2→gil@35"), centre.answers());
        assertEquals(1, centre.events(SimEvent.ContactOverflowed.class).size());
        SimEvent.ContactAnswered second = centre.events(SimEvent.ContactAnswered.class).get(1);
        assertEquals("billing", second.queue(), "the contact still counts for its own queue");
        assertEquals(30, second.waitSeconds(), 1e-9);
    }

    @Test
    @DisplayName("a chat agent works up to the queue's concurrency at once; the next chat waits for a free slot")
    void chatConcurrency() {
        TestCentre centre = new TestCentre()
                .with(TestCentre.queue("chat", Channel.CHAT, 5, 2, null, CallbackPolicy.DEFAULT))
                .with(TestCentre.voice("phone", 5))
                .agent("ann", "chat", "phone");
        Simulation simulation = centre.start();
        centre.contact(0, "chat", 100, NEVER).contact(1, "chat", 100, NEVER).contact(2, "chat", 100, NEVER)
                .contact(3, "phone", 10, NEVER);
        simulation.runUntil(50);
        assertEquals(List.of("1→ann@0", "2→ann@1"), centre.answers());
        assertEquals(2, simulation.snapshot().queue("chat").waiting() + simulation.snapshot().queue("phone").waiting());
        simulation.runUntil(500);
        assertEquals(List.of("1→ann@0", "2→ann@1", "3→ann@100", "4→ann@200"), centre.answers(),
                "the phone call waits until the agent has no chats left");
    }

    @Test
    @DisplayName("email waits as long as it takes and is never abandoned")
    void emailNeverAbandons() {
        TestCentre centre = new TestCentre()
                .with(TestCentre.queue("email", Channel.EMAIL, 1, 1, null, CallbackPolicy.DEFAULT))
                .agent("ann", "email");
        Simulation simulation = centre.start();
        centre.contact(0, "email", 3000, NEVER).contact(1, "email", 100, NEVER);
        simulation.runUntil(5000);
        WindowKpis kpis = simulation.snapshot().queue("email").sinceStart();
        assertEquals(2, kpis.answered());
        assertEquals(0, kpis.abandoned());
        assertEquals(2999, centre.events(SimEvent.ContactAnswered.class).get(1).waitSeconds(), 1e-9);
    }

    @Test
    @DisplayName("a caller whose patience runs out abandons, and it counts against the queue")
    void abandonment() {
        TestCentre centre = new TestCentre().with(TestCentre.voice("billing", 5)).agent("ann", "billing");
        Simulation simulation = centre.start();
        centre.contact(0, "billing", 100, NEVER).contact(10, "billing", 10, 4).contact(20, "billing", 10, 40);
        simulation.runUntil(200);
        List<SimEvent.ContactAbandoned> abandoned = centre.events(SimEvent.ContactAbandoned.class);
        assertEquals(2, abandoned.size());
        assertEquals(4, abandoned.get(0).waitSeconds(), 1e-9);
        assertEquals(14, abandoned.get(0).t(), 1e-9);
        WindowKpis kpis = simulation.snapshot().queue("billing").sinceStart();
        assertEquals(1, kpis.answered());
        assertEquals(2, kpis.abandoned());
        assertEquals(1, kpis.abandonedWithinThreshold(), "only the 4 s abandon is within the 20 s threshold");
        assertEquals(1, kpis.abandonedShort(), "4 s is under the 5 s short-abandon threshold");
        assertEquals(1.0 / 3, kpis.serviceLevel(), 1e-12, "answered within T ÷ (answered + abandoned)");
    }

    @Test
    @DisplayName("a caller who takes a callback keeps their place, never abandons, and is not counted as an abandon")
    void callbackKeepsItsPlace() {
        TestCentre centre = new TestCentre()
                .with(TestCentre.queue("billing", Channel.VOICE, 5, 1, null, new CallbackPolicy(true, 1.0, 3600)))
                .agent("ann", "billing");
        Simulation simulation = centre.start();
        centre.contact(0, "billing", 100, NEVER).contact(10, "billing", 10, 1).contact(20, "billing", 10, 1);
        simulation.runUntil(1000);
        assertEquals(List.of("1→ann@0", "2→ann@100", "3→ann@110"), centre.answers());
        WindowKpis kpis = simulation.snapshot().queue("billing").sinceStart();
        assertEquals(0, kpis.abandoned());
        assertEquals(2, kpis.callbacksAccepted());
        assertEquals(2, kpis.callbacksAnswered());
        assertEquals(2, kpis.callbacksWithinDeadline());
        assertEquals(1, kpis.answered(), "callbacks are reported on their own, not as answered calls");
        assertTrue(centre.events(SimEvent.ContactAnswered.class).get(1).callback());
    }
}
