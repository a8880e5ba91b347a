package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.RiskLevel;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.OpenItemView;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Incidents")
class IncidentTest {
    private static final double NINE = 3600;

    private static Simulation freePractice(long seed) throws Exception {
        return Simulation.start(ScenarioLibrary.builtIn("free-practice"), seed);
    }

    private static long arrivalsBetween(Simulation simulation, String queue, double from, double to) {
        long[] count = {0};
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactArrived a && a.queue().equals(queue) && a.origin() == SimEvent.Origin.NEW
                    && a.t() >= from && a.t() < to) {
                count[0]++;
            }
        });
        simulation.runUntil(to);
        return count[0];
    }

    @Test
    @DisplayName("a volume incident multiplies arrivals on its queue for its duration, then they return to forecast")
    void volumeIncident() throws Exception {
        long normal = 0;
        long surged = 0;
        long after = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Simulation plain = freePractice(seed);
            plain.runUntil(NINE);
            normal += arrivalsBetween(plain, "billing", NINE, NINE + 3600);
            Simulation incident = freePractice(seed);
            incident.runUntil(NINE);
            assertTrue(incident.inject(new Incident.VolumeChange("surge", "Surge", List.of("billing"), 2.0, 60)).accepted());
            surged += arrivalsBetween(incident, "billing", NINE, NINE + 3600);
            after += arrivalsBetween(incident, "billing", NINE + 3600, NINE + 7200);
        }
        double ratio = (double) surged / normal;
        assertTrue(ratio > 1.8 && ratio < 2.2, "arrivals doubled: " + surged + " vs " + normal);
        assertTrue(after < surged * 0.65, "back to forecast after the hour: " + after);
    }

    @Test
    @DisplayName("a slow CRM stretches talk time on the queues it affects, for contacts answered while it lasts")
    void handleTimeIncident() throws Exception {
        double plain = meanSupportTalk(false);
        double slow = meanSupportTalk(true);
        // 1.5× expected; about 300 contacts each side, lognormal cv 0.8: the ratio is known to ±10%.
        assertTrue(slow / plain > 1.3 && slow / plain < 1.75, "talk " + plain + " → " + slow);
    }

    private static double meanSupportTalk(boolean slowCrm) throws Exception {
        Simulation simulation = freePractice(3);
        simulation.runUntil(NINE);
        if (slowCrm) {
            simulation.inject(new Incident.HandleTimeChange("crm", "Slow CRM", "crm", List.of("support"), 1.5, 0));
            assertTrue(simulation.snapshot().activeIncidents().contains("crm"));
        }
        double[] sum = {0, 0};
        simulation.addListener(e -> {
            if (e instanceof SimEvent.ContactCompleted c && c.queue().equals("support") && c.t() > NINE + 900) {
                sum[0] += c.talkSeconds();
                sum[1]++;
            }
        });
        simulation.runUntil(NINE + 4 * 3600);
        return sum[0] / sum[1];
    }

    @Test
    @DisplayName("an outage that closes a queue blocks new callers until it ends, and waiting ones are still served")
    void outageClosesQueue() throws Exception {
        Simulation simulation = freePractice(4);
        simulation.runUntil(NINE);
        CommandResult result = simulation.inject(new Incident.Outage("telephony", "Telephony link down", "telephony",
                List.of("billing"), true, 1.0, 30, 60));
        assertTrue(result.accepted());
        assertTrue(simulation.snapshot().queue("billing").settings().closed());
        simulation.runUntil(NINE + 1800);
        WindowKpis billing = simulation.snapshot().queue("billing").sinceStart();
        assertTrue(billing.blocked() > 20, "blocked " + billing.blocked());
        long offeredAtClose = billing.offered();
        simulation.runUntil(NINE + 1801);
        assertFalse(simulation.snapshot().queue("billing").settings().closed(), "open again after 30 minutes");
        simulation.runUntil(NINE + 3600);
        assertTrue(simulation.snapshot().queue("billing").sinceStart().offered() > offeredAtClose);
    }

    @Test
    @DisplayName("sickness sends agents home for the rest of the day, without an adherence penalty")
    void sickness() throws Exception {
        Simulation simulation = freePractice(6);
        simulation.runUntil(NINE);
        simulation.inject(new Incident.Sickness("flu", "Flu", 3, "Support", List.of("bil-02")));
        simulation.runUntil(NINE + 1800);
        KpiSnapshot snapshot = simulation.snapshot();
        long gone = snapshot.agents().stream().filter(a -> a.state().equals("logged-out") && a.reason().equals("sick")).count();
        assertEquals(4, gone);
        assertEquals("Support", snapshot.agents().stream().filter(a -> a.reason().equals("sick") && !a.id().equals("bil-02"))
                .map(a -> a.team()).distinct().reduce("", String::concat));
    }

    @Test
    @DisplayName("an escalation case opens with its deadline and is flagged when the deadline passes")
    void escalationCase() throws Exception {
        Simulation simulation = freePractice(7);
        simulation.runUntil(NINE);
        List<String> passed = new java.util.ArrayList<>();
        simulation.addListener(e -> {
            if (e instanceof SimEvent.CaseDeadlinePassed p) {
                passed.add(p.incident());
            }
        });
        simulation.inject(new Incident.EscalationCase("case-1", "Bereaved customer charged twice", "billing",
                "Mrs Patel", "Charged twice after her husband's death", RiskLevel.HIGH, "recently bereaved",
                RiskLevel.MEDIUM, "FCA consumer duty", 240, 3, 60, true));
        OpenItemView item = simulation.snapshot().openItems().get(0);
        assertEquals("escalation", item.kind());
        assertEquals(NINE + 3600, item.deadlineAt());
        assertFalse(item.deadlinePassed());
        simulation.runUntil(NINE + 3601);
        assertEquals(List.of("case-1"), passed);
        assertTrue(simulation.snapshot().openItems().get(0).deadlinePassed());
    }

    @Test
    @DisplayName("a compliance event is recorded with its regulation and 72-hour reporting deadline")
    void complianceEvent() throws Exception {
        Simulation simulation = freePractice(8);
        simulation.runUntil(NINE);
        assertTrue(simulation.inject(new Incident.ComplianceEvent("pci-1", "Card number on a recording",
                "card-details-recorded", "bil-03", "billing", "PCI DSS", "Agent read the card number back",
                "Agent: so that's 4929...", 72)).accepted());
        OpenItemView item = simulation.snapshot().openItems().get(0);
        assertNotNull(item);
        assertEquals("compliance", item.kind());
        assertEquals(NINE + 72 * 3600, item.deadlineAt());
    }

    @Test
    @DisplayName("an incident naming an unknown queue or agent, or reusing an id, is refused and changes nothing")
    void invalidIncidents() throws Exception {
        Simulation simulation = freePractice(9);
        simulation.runUntil(NINE);
        KpiSnapshot before = simulation.snapshot();
        assertFalse(simulation.inject(new Incident.VolumeChange("v", "x", List.of("sales"), 2, 10)).accepted());
        assertFalse(simulation.inject(new Incident.Sickness("s", "x", 0, null, List.of("nobody"))).accepted());
        assertEquals(before, simulation.snapshot());
        assertTrue(simulation.inject(new Incident.VolumeChange("v", "x", List.of("billing"), 2, 10)).accepted());
        CommandResult again = simulation.inject(new Incident.VolumeChange("v", "x", List.of("billing"), 2, 10));
        assertFalse(again.accepted());
        assertTrue(again.message().contains("already"), again.message());
    }
}
