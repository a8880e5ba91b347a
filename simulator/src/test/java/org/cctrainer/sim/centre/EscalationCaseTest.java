package org.cctrainer.sim.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.RiskLevel;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.OpenItemView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Escalation cases: the tier decides what happens to the customer")
class EscalationCaseTest {
    /** Cases open at 08:10 on a quiet centre: one billing queue, one agent. */
    private static final double OPENED = 600;

    private TestCentre centre;
    private Simulation simulation;

    private Simulation quietCentreWith(Incident.EscalationCase escalation) {
        centre = new TestCentre().with(TestCentre.voice("billing", 5)).agent("ann", "billing");
        simulation = centre.start();
        simulation.runUntil(OPENED);
        assertTrue(simulation.inject(escalation).accepted());
        return simulation;
    }

    private static Incident.EscalationCase escalationCase(RiskLevel vulnerability, double valueGbp, int repeats,
                                                          double deadlineMinutes) {
        return new Incident.EscalationCase("case-1", "A customer's case", "billing", "Mrs Patel",
                "Charged twice", vulnerability, vulnerability == RiskLevel.NONE ? "" : "recently bereaved",
                RiskLevel.NONE, "", valueGbp, repeats, deadlineMinutes, true);
    }

    private CommandResult escalate(int tier) {
        return simulation.apply(new Command.EscalateCase("case-1", tier, "Complaints team", 240));
    }

    private List<SimEvent.ContactArrived> repeatArrivals() {
        return centre.events(SimEvent.ContactArrived.class).stream()
                .filter(a -> a.origin() == SimEvent.Origin.REPEAT).toList();
    }

    @Test
    @DisplayName("a case escalated in time to the tier it needs is resolved 5–30 minutes later; nobody complains")
    void rightTierInTime() {
        quietCentreWith(escalationCase(RiskLevel.MEDIUM, 0, 0, 60));
        assertTrue(escalate(2).accepted());
        SimEvent.CaseEscalated escalated = centre.events(SimEvent.CaseEscalated.class).get(0);
        assertEquals(2, escalated.requiredTier());
        assertTrue(escalated.beforeDeadline());
        assertTrue(simulation.snapshot().openItems().isEmpty(), "an escalated case leaves the trainee's list");

        simulation.runUntil(OPENED + 4 * 3600);
        SimEvent.CaseResolved resolved = centre.events(SimEvent.CaseResolved.class).get(0);
        assertTrue(resolved.t() >= OPENED + 5 * 60 && resolved.t() <= OPENED + 30 * 60, "resolved at " + resolved.t());
        assertTrue(centre.events(SimEvent.ComplaintRaised.class).isEmpty());
        assertTrue(centre.events(SimEvent.CaseDeadlinePassed.class).isEmpty(), "its deadline no longer runs");
        assertTrue(repeatArrivals().isEmpty());
        KpiSnapshot snapshot = simulation.snapshot();
        assertEquals(0, snapshot.complaints());
        assertEquals(0, snapshot.casesOverEscalated());
    }

    @Test
    @DisplayName("a case sent to too low a tier fails its customer: they call back within 30–120 minutes, "
            + "complain, and rate it 1")
    void underTiered() {
        quietCentreWith(escalationCase(RiskLevel.HIGH, 0, 0, 60));
        assertTrue(escalate(1).accepted());
        assertEquals(3, centre.events(SimEvent.CaseEscalated.class).get(0).requiredTier());

        simulation.runUntil(OPENED + 4 * 3600);
        assertTrue(centre.events(SimEvent.CaseResolved.class).isEmpty(), "tier 1 cannot resolve a vulnerable customer's case");
        SimEvent.ComplaintRaised complaint = centre.events(SimEvent.ComplaintRaised.class).get(0);
        assertEquals("case-1", complaint.caseId());
        assertEquals("billing", complaint.queue());
        assertTrue(complaint.t() >= OPENED + 1800 && complaint.t() <= OPENED + 7200, "came back at " + complaint.t());

        List<SimEvent.ContactArrived> repeats = repeatArrivals();
        assertEquals(1, repeats.size());
        assertEquals(complaint.t(), repeats.get(0).t());
        assertTrue(centre.answers().contains(repeats.get(0).contact() + "→ann@" + (long) complaint.t()),
                "the repeat contact is answered like any other: " + centre.answers());

        SimEvent.SurveyReceived survey = centre.events(SimEvent.SurveyReceived.class).get(0);
        assertEquals(1, survey.csat());
        assertNull(survey.agent(), "no agent answers for the case's outcome");
        assertEquals(repeats.get(0).contact(), survey.contact());
        assertFalse(survey.verbatim().isBlank());
        KpiSnapshot snapshot = simulation.snapshot();
        assertEquals(1, snapshot.complaints());
        assertEquals(1, snapshot.queue("billing").sinceStart().surveys());
        assertEquals(1.0, snapshot.queue("billing").sinceStart().csat());
    }

    @Test
    @DisplayName("a case sent higher than it needs is resolved, but counted as over-escalated")
    void overTiered() {
        quietCentreWith(escalationCase(RiskLevel.NONE, 25, 0, 60));
        assertTrue(escalate(3).accepted());
        simulation.runUntil(OPENED + 4 * 3600);
        assertEquals(1, centre.events(SimEvent.CaseResolved.class).size());
        KpiSnapshot snapshot = simulation.snapshot();
        assertEquals(1, snapshot.casesOverEscalated());
        assertEquals(0, snapshot.complaints());
    }

    @Test
    @DisplayName("a case left open past its deadline fails its customer; escalating it afterwards is too late "
            + "and does not count twice")
    void leftOpen() {
        quietCentreWith(escalationCase(RiskLevel.NONE, 2000, 0, 30));
        simulation.runUntil(OPENED + 1800);
        assertEquals(1, centre.events(SimEvent.CaseDeadlinePassed.class).size());
        OpenItemView item = simulation.snapshot().openItems().get(0);
        assertTrue(item.deadlinePassed(), "still open, now overdue");

        simulation.runUntil(OPENED + 1800 + 7200);
        SimEvent.ComplaintRaised complaint = centre.events(SimEvent.ComplaintRaised.class).get(0);
        assertTrue(complaint.t() >= OPENED + 1800 + 1800, "came back at " + complaint.t());
        assertEquals(1, repeatArrivals().size());

        assertTrue(escalate(2).accepted(), "a late escalation is still allowed");
        assertFalse(centre.events(SimEvent.CaseEscalated.class).get(0).beforeDeadline());
        simulation.runUntil(OPENED + 6 * 3600);
        assertTrue(centre.events(SimEvent.CaseResolved.class).isEmpty());
        assertEquals(1, simulation.snapshot().complaints());
        assertEquals(1, repeatArrivals().size());
    }

    @Test
    @DisplayName("the console sees the case's details and its classification, which can change until it is escalated")
    void classification() {
        quietCentreWith(new Incident.EscalationCase("case-1", "Bereaved customer charged twice", "billing",
                "Mrs Patel", "Charged twice after her husband's death", RiskLevel.HIGH, "recently bereaved",
                RiskLevel.MEDIUM, "FCA Consumer Duty", 240, 3, 60, true));
        OpenItemView.EscalationDetails details = simulation.snapshot().openItems().get(0).escalation();
        assertEquals("Mrs Patel", details.customer());
        assertEquals("high", details.vulnerability());
        assertEquals("recently bereaved", details.vulnerabilityNote());
        assertEquals("medium", details.regulatoryRisk());
        assertEquals("FCA Consumer Duty", details.regulation());
        assertEquals(240, details.valueGbp());
        assertEquals(3, details.repeatCount());
        assertTrue(details.complaint());
        assertNull(details.classification(), "not classified yet");
        assertFalse(details.escalated());
        assertNull(simulation.snapshot().openItems().get(0).compliance());

        assertTrue(simulation.apply(new Command.ClassifyCase("case-1", "standard")).accepted());
        assertTrue(simulation.apply(new Command.ClassifyCase("case-1", "complex")).accepted());
        assertEquals("complex", simulation.snapshot().openItems().get(0).escalation().classification());
        List<SimEvent.CaseClassified> classified = centre.events(SimEvent.CaseClassified.class);
        assertEquals(List.of(false, true), classified.stream().map(SimEvent.CaseClassified::correct).toList());

        assertTrue(escalate(3).accepted());
        assertFalse(simulation.apply(new Command.ClassifyCase("case-1", "standard")).accepted());
    }
}
