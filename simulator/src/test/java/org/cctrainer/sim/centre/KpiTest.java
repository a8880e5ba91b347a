package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The wallboard's numbers")
class KpiTest {

    /** A busy surge day with callbacks and deflection on: every kind of outcome happens. */
    private static Simulation eventfulDay(Map<String, long[]> tallyFromEvents) throws Exception {
        Simulation simulation = Simulation.start(ScenarioLibrary.builtIn("volume-surge"), 17);
        simulation.addListener(e -> count(tallyFromEvents, e));
        simulation.runUntil(3600);
        simulation.apply(new Command.SetCallbackOffer("billing", true));
        simulation.apply(new Command.SetDigitalDeflection("support", true));
        simulation.inject(new Incident.Outage("phones", "Link down", "telephony", List.of("support"), true, 1, 10, 30));
        return simulation;
    }

    /** Tally outcomes from the event stream, independently of the centre's own counters. */
    private static void count(Map<String, long[]> tally, SimEvent event) {
        String key = null;
        String queue = null;
        if (event instanceof SimEvent.ContactAnswered a && !a.callback()) {
            key = a.waitSeconds() <= 20 || (a.queue().equals("webchat") && a.waitSeconds() <= 60)
                    || a.queue().equals("email") && a.waitSeconds() <= 14400 ? "answeredWithin" : "answeredLate";
            queue = a.queue();
        } else if (event instanceof SimEvent.ContactAbandoned a) {
            key = "abandoned";
            queue = a.queue();
        } else if (event instanceof SimEvent.CallbackAccepted c) {
            key = "callbacks";
            queue = c.queue();
        } else if (event instanceof SimEvent.ContactBlocked b) {
            key = "blocked";
            queue = b.queue();
        }
        if (key != null) {
            tally.computeIfAbsent(queue + "." + key, k -> new long[1])[0]++;
        }
    }

    private static long get(Map<String, long[]> tally, String key) {
        long[] value = tally.get(key);
        return value == null ? 0 : value[0];
    }

    @Test
    @DisplayName("every offered contact is answered, abandoned, waiting for a callback or still waiting, all day long")
    void conservation() throws Exception {
        Simulation simulation = eventfulDay(new HashMap<>());
        for (double t = 3600; t <= 5 * 3600; t += 600) {
            simulation.runUntil(t);
            KpiSnapshot snapshot = simulation.snapshot();
            for (QueueKpis queue : snapshot.queues()) {
                WindowKpis k = queue.sinceStart();
                long pendingCallbacks = k.callbacksAccepted() - k.callbacksAnswered();
                assertEquals(k.offered(), k.answered() + k.abandoned() + k.callbacksAccepted() + queue.waiting(),
                        queue.id() + " at " + snapshot.clock());
                assertEquals(pendingCallbacks, queue.callbacksPending(), queue.id() + " callbacks at " + snapshot.clock());
                assertEquals(k.arrived(), k.offered() + k.blocked() + k.deflected() + k.resolvedInIvr(),
                        queue.id() + " arrivals at " + snapshot.clock());
                assertTrue(k.answeredWithinThreshold() <= k.answered());
                assertTrue(k.abandonedWithinThreshold() <= k.abandoned());
                assertTrue(k.abandonedShort() <= k.abandonedWithinThreshold() || queue.slThresholdSeconds() < 5);
            }
        }
    }

    @Test
    @DisplayName("since-start counts agree with a tally of the event stream, and each queue uses its own SL formula")
    void countsMatchTheEventStream() throws Exception {
        Map<String, long[]> tally = new HashMap<>();
        Simulation simulation = eventfulDay(tally);
        simulation.runUntil(5 * 3600);
        KpiSnapshot snapshot = simulation.snapshot();
        for (QueueKpis queue : snapshot.queues()) {
            WindowKpis k = queue.sinceStart();
            String id = queue.id();
            assertEquals(get(tally, id + ".answeredWithin"), k.answeredWithinThreshold(), id);
            assertEquals(get(tally, id + ".answeredWithin") + get(tally, id + ".answeredLate"), k.answered(), id);
            assertEquals(get(tally, id + ".abandoned"), k.abandoned(), id);
            assertEquals(get(tally, id + ".callbacks"), k.callbacksAccepted(), id);
            assertEquals(get(tally, id + ".blocked"), k.blocked(), id);
        }
        WindowKpis chat = snapshot.queue("webchat").sinceStart();
        assertEquals("exclude-short-abandons", snapshot.queue("webchat").serviceLevelDefinition());
        assertEquals((double) chat.answeredWithinThreshold() / (chat.answered() + chat.abandoned() - chat.abandonedShort()),
                chat.serviceLevel(), 1e-12);
        WindowKpis email = snapshot.queue("email").sinceStart();
        assertEquals((double) email.answeredWithinThreshold() / email.answered(), email.serviceLevel(), 1e-12);
        WindowKpis billing = snapshot.queue("billing").sinceStart();
        assertEquals((double) billing.answeredWithinThreshold() / (billing.answered() + billing.abandoned()),
                billing.serviceLevel(), 1e-12);
        assertTrue(billing.callbacksAccepted() > 0 && snapshot.queue("support").sinceStart().blocked() > 0);
        long totalAnswered = snapshot.queues().stream().mapToLong(q -> q.sinceStart().answered()).sum();
        assertEquals(totalAnswered, snapshot.total().sinceStart().answered());
    }

    @Test
    @DisplayName("rolling windows count only the last 15 and 30 minutes; agents by state add up to the roster")
    void rollingWindowsAndAgents() throws Exception {
        Simulation simulation = Simulation.start(ScenarioLibrary.builtIn("free-practice"), 3);
        long[] answeredLast15 = {0};
        List<Double> answerTimes = new java.util.ArrayList<>();
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactAnswered a && a.queue().equals("billing") && !a.callback()) {
                answerTimes.add(a.t());
            }
        });
        double now = 3 * 3600 + 37 * 60 + 12;
        simulation.runUntil(now);
        // The 15-minute window holds the current minute and the 14 before it.
        double windowStart = (Math.floor(now / 60) - 14) * 60;
        answeredLast15[0] = answerTimes.stream().filter(t -> t >= windowStart).count();
        KpiSnapshot snapshot = simulation.snapshot();
        assertEquals(answeredLast15[0], snapshot.queue("billing").last15().answered());
        assertTrue(snapshot.queue("billing").last30().answered() >= snapshot.queue("billing").last15().answered());
        assertTrue(snapshot.queue("billing").last30().answered() < snapshot.queue("billing").sinceStart().answered());
        int totalAgents = snapshot.total().agentsByState().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(snapshot.agents().size(), totalAgents);
        double occupancy = snapshot.total().last30().occupancy();
        assertTrue(occupancy > 0.3 && occupancy <= 1, "occupancy " + occupancy);
        assertEquals("11:37", snapshot.clock());
    }
}
