package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.model.SkillAssignment;
import org.cctrainer.sim.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Determinism")
class DeterminismTest {
    private static final double DAY = 8 * 3600;

    /** A trainee's morning: the commands they sent, at the times they sent them. */
    private static final List<Object[]> TIMED_INPUTS = List.of(
            new Object[] {3600.0, new Command.SetCallbackOffer("billing", true)},
            new Object[] {3600.0, new Command.MoveAgent("sup-03", List.of(SkillAssignment.primary("billing")))},
            new Object[] {5400.0, new Incident.VolumeChange("surge", "Surge", List.of("billing"), 1.5, 60)},
            new Object[] {7200.0, new Command.SetQueuePriority("billing", 8)},
            new Object[] {7260.5, new Command.AddOvertime(2, List.of(SkillAssignment.primary("support")), "", 90)});

    private static Simulation freePractice(long seed) throws Exception {
        return Simulation.start(ScenarioLibrary.builtIn("free-practice"), seed);
    }

    private static String scheduledRun(long seed) throws Exception {
        Simulation simulation = freePractice(seed);
        EventHash hash = EventHash.attach(simulation);
        for (Object[] input : TIMED_INPUTS) {
            if (input[1] instanceof Command command) {
                simulation.schedule((double) input[0], command);
            } else {
                simulation.scheduleIncident((double) input[0], (Incident) input[1]);
            }
        }
        simulation.runUntil(DAY);
        return hash.value();
    }

    /** The same inputs applied live, the way an exercise does: run to the moment, then apply. */
    private static String liveRun(long seed) throws Exception {
        Simulation simulation = freePractice(seed);
        EventHash hash = EventHash.attach(simulation);
        for (Object[] input : TIMED_INPUTS) {
            simulation.runUntil((double) input[0]);
            if (input[1] instanceof Command command) {
                simulation.apply(command);
            } else {
                simulation.inject((Incident) input[1]);
            }
        }
        simulation.runUntil(DAY);
        return hash.value();
    }

    @Test
    @DisplayName("one seed and one list of timed commands give one history, event for event")
    void sameSeedSameHistory() throws Exception {
        String first = scheduledRun(11);
        assertEquals(first, scheduledRun(11));
        assertNotEquals(first, scheduledRun(12), "another seed, another day");
    }

    @Test
    @DisplayName("commands applied live give exactly the history a replay of the journal gives")
    void liveEqualsReplay() throws Exception {
        assertEquals(scheduledRun(21), liveRun(21));
    }

    @Test
    @DisplayName("an intervention on one queue does not change the customers arriving on another")
    void interventionsTouchOnlyWhatTheyChange() throws Exception {
        List<String> plain = arrivals(freePractice(31), false);
        List<String> changed = arrivals(freePractice(31), true);
        assertEquals(plain, changed, "support's new customers arrive at the same instants");
    }

    private static List<String> arrivals(Simulation simulation, boolean intervene) {
        List<String> times = new ArrayList<>();
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactArrived a && a.queue().equals("support") && a.origin() == SimEvent.Origin.NEW) {
                times.add(Double.toString(a.t()));
            }
        });
        simulation.runUntil(3600);
        if (intervene) {
            assertTrue(simulation.apply(new Command.SetCallbackOffer("billing", true)).accepted());
            assertTrue(simulation.apply(new Command.SetQueuePriority("billing", 9)).accepted());
        }
        simulation.runUntil(DAY);
        return times;
    }
}
