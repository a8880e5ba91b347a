package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.RiskLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Determinism of decisions on cases, compliance, outages and coaching")
class DecisionDeterminismTest {
    private static final double DAY = 8 * 3600;
    private static final Incident.EscalationCase FORGOTTEN = new Incident.EscalationCase("case-forgotten",
            "Broadband refund", "support", "Mr Khan", "Three weeks without broadband", RiskLevel.LOW, "",
            RiskLevel.NONE, "", 1200, 2, 45, true);

    /** A supervisor's morning of decisions, at the times they were made. */
    private static final List<Object[]> TIMED_INPUTS = List.of(
            new Object[] {3600.0, DecisionDay.BEREAVED},
            new Object[] {3600.0, DecisionDay.CARD_ON_RECORDING},
            new Object[] {3600.0, DecisionDay.CRM_DOWN},
            new Object[] {3600.0, FORGOTTEN},
            new Object[] {3700.0, new Command.ClassifyCase("case-bereaved", "standard")},
            new Object[] {3900.5, new Command.EscalateCase("case-bereaved", 1, "Frontline team", 60)},
            new Object[] {4200.0, new Command.ComplianceAction("pci-1", "remove-agent")},
            new Object[] {4300.0, new Command.ComplianceAction("pci-1", "stop-all-recording")},
            new Object[] {4400.0, new Command.ComplianceAction("pci-1", "redact-recording")},
            new Object[] {4500.0, new Command.ComplianceAction("pci-1", "report-dpo")},
            new Object[] {4600.0, new Command.InvokeContinuityPlan("crm-down", "Paper forms", "We know the CRM is slow",
                    "", 90)},
            new Object[] {4700.0, new Command.ScheduleCoaching("lena-fischer", 3 * 3600 + 600, 30)});

    private static String scheduledRun(long seed) throws Exception {
        Simulation simulation = DecisionDay.freePractice(seed);
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

    private static String liveRun(long seed) throws Exception {
        Simulation simulation = DecisionDay.freePractice(seed);
        EventHash hash = EventHash.attach(simulation);
        for (Object[] input : TIMED_INPUTS) {
            simulation.runUntil((double) input[0]);
            boolean accepted = input[1] instanceof Command command ? simulation.apply(command).accepted()
                    : simulation.inject((Incident) input[1]).accepted();
            assertTrue(accepted, "every input of the morning is accepted: " + input[1]);
        }
        simulation.runUntil(DAY);
        return hash.value();
    }

    @Test
    @DisplayName("one seed and one list of timed decisions give one history, event for event")
    void sameSeedSameHistory() throws Exception {
        String first = scheduledRun(11);
        assertEquals(first, scheduledRun(11));
        assertNotEquals(first, scheduledRun(12), "another seed, another day");
    }

    @Test
    @DisplayName("decisions applied live give exactly the history a replay of the journal gives")
    void liveEqualsReplay() throws Exception {
        assertEquals(scheduledRun(21), liveRun(21));
    }

    @Test
    @DisplayName("a failed case's comeback draws from its own stream: the day's other customers arrive as before")
    void caseConsequencesTouchNothingElse() throws Exception {
        List<String> plain = newArrivals(false);
        List<String> failed = newArrivals(true);
        assertEquals(plain, failed);
    }

    private static List<String> newArrivals(boolean failACase) throws Exception {
        Simulation simulation = DecisionDay.freePractice(31);
        List<String> arrivals = new ArrayList<>();
        int[] complaints = {0};
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactArrived a && a.origin() == SimEvent.Origin.NEW) {
                arrivals.add(a.queue() + "@" + a.t());
            } else if (e instanceof SimEvent.ComplaintRaised) {
                complaints[0]++;
            }
        });
        simulation.runUntil(3600);
        if (failACase) {
            assertTrue(simulation.inject(DecisionDay.BEREAVED).accepted());
            assertTrue(simulation.apply(new Command.EscalateCase("case-bereaved", 1, "Frontline", 30)).accepted());
        }
        simulation.runUntil(DAY);
        assertEquals(failACase ? 1 : 0, complaints[0]);
        return arrivals;
    }
}
