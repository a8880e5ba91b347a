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
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.OpenItemView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Compliance events: responses, closure and breaches")
class ComplianceEventTest {
    private static final double OPENED = 600;

    private TestCentre centre;
    private Simulation simulation;

    /** Ann takes billing and support; Bo takes support only. The event opens at 08:10. */
    private void centreWith(Incident.ComplianceEvent event) {
        centre = new TestCentre().with(TestCentre.voice("billing", 5)).with(TestCentre.voice("support", 5))
                .agent("ann", "billing", "support").agent("bo", "support");
        simulation = centre.start();
        simulation.runUntil(OPENED);
        assertTrue(simulation.inject(event).accepted());
    }

    private static Incident.ComplianceEvent cardDetails(double reportDeadlineHours) {
        return new Incident.ComplianceEvent("pci-1", "Card number on a recording", "card-details-recorded", "ann",
                "billing", "PCI DSS", "Ann read the card number back", "Ann: so that's 4929...", reportDeadlineHours);
    }

    private CommandResult act(String action) {
        return simulation.apply(new Command.ComplianceAction("pci-1", action));
    }

    private OpenItemView.ComplianceDetails details() {
        return simulation.snapshot().openItems().get(0).compliance();
    }

    @Test
    @DisplayName("a card-details event closes only when the recording is redacted, the DPO told and the agent removed")
    void closesWhenEveryRequiredActionIsDone() {
        centreWith(cardDetails(72));
        assertEquals("card-details-recorded", details().kind());
        assertEquals("ann", details().agent());
        assertEquals("PCI DSS", details().regulation());
        assertEquals("Ann: so that's 4929...", details().transcript());
        assertEquals(List.of(), details().actionsTaken());
        assertNull(simulation.snapshot().openItems().get(0).escalation());

        assertTrue(act("pause-recording").accepted(), "allowed, though not what this event needs");
        assertTrue(act("redact-recording").accepted());
        assertTrue(act("report-dpo").accepted());
        assertEquals(List.of("pause-recording", "redact-recording", "report-dpo"), details().actionsTaken());
        assertTrue(centre.events(SimEvent.ComplianceEventClosed.class).isEmpty(), "the agent is still on the queues");

        assertTrue(act("remove-agent").accepted());
        assertEquals(List.of(false, true, true, true), centre.events(SimEvent.ComplianceActionTaken.class).stream()
                .map(SimEvent.ComplianceActionTaken::required).toList());
        SimEvent.ComplianceEventClosed closed = centre.events(SimEvent.ComplianceEventClosed.class).get(0);
        assertTrue(closed.withinDeadline());
        KpiSnapshot snapshot = simulation.snapshot();
        assertTrue(snapshot.openItems().isEmpty(), "a closed event leaves the trainee's list");
        assertEquals(0, snapshot.complianceBreaches());

        simulation.runUntil(OPENED + 73 * 3600);
        assertTrue(centre.events(SimEvent.CaseDeadlinePassed.class).isEmpty(), "a closed event's deadline stops");
    }

    @Test
    @DisplayName("removing the agent takes them off every queue: they finish the call in hand, then stay not ready")
    void removeAgent() {
        centreWith(cardDetails(72));
        centre.contact(OPENED + 10, "billing", 100, 60);
        simulation.runUntil(OPENED + 50);
        assertTrue(act("remove-agent").accepted());

        KpiSnapshot during = simulation.snapshot();
        AgentKpis ann = during.agent("ann");
        assertEquals(List.of(), ann.skills());
        assertEquals("on-contact", ann.state(), "the call in hand carries on");
        assertEquals(0, during.queue("billing").agentsByState().get("on-contact"), "no longer counted on billing");

        simulation.runUntil(OPENED + 200);
        ann = simulation.snapshot().agent("ann");
        assertEquals("not-ready", ann.state());
        assertEquals("compliance review", ann.reason());

        centre.contact(OPENED + 300, "billing", 100, 60);
        centre.contact(OPENED + 400, "support", 100, 60);
        simulation.runUntil(OPENED + 4 * 3600);
        assertTrue(centre.events(SimEvent.ContactAnswered.class).stream()
                .noneMatch(a -> a.agent().equals("ann") && a.t() > OPENED + 50), "Ann answers nothing more today");
        assertEquals("bo", centre.events(SimEvent.ContactAnswered.class).stream()
                .filter(a -> a.queue().equals("support")).findFirst().orElseThrow().agent());
        assertEquals(1, simulation.snapshot().queue("billing").sinceStart().abandoned(), "nobody left for billing");
        ann = simulation.snapshot().agent("ann");
        assertEquals("not-ready", ann.state());
        assertEquals(1.0, ann.adherence(), 1e-12, "a review the centre ordered costs Ann no adherence");
    }

    @Test
    @DisplayName("switching off recording for the whole centre is accepted, and counted as a policy breach")
    void stopAllRecording() {
        centreWith(cardDetails(72));
        CommandResult result = act("stop-all-recording");
        assertTrue(result.accepted());
        assertTrue(result.message().contains("breach"), result.message());
        SimEvent.PolicyBreached breach = centre.events(SimEvent.PolicyBreached.class).get(0);
        assertEquals("pci-1", breach.eventId());
        assertEquals("call recording switched off for the whole centre", breach.what());
        KpiSnapshot snapshot = simulation.snapshot();
        assertEquals(1, snapshot.complianceBreaches());
        assertEquals(1, snapshot.openItems().size(), "it is not what the event needs: still open");
        assertFalse(act("stop-all-recording").accepted(), "and it cannot be done twice");
    }

    @Test
    @DisplayName("a DPO report after the reporting deadline is late: one breach, and the event closes out of time")
    void lateReport() {
        centreWith(new Incident.ComplianceEvent("pci-1", "Statement sent to the wrong address",
                "personal-data-disclosed", null, null, "UK GDPR", "", "", 1));
        simulation.runUntil(OPENED + 3600);
        assertEquals(1, simulation.snapshot().complianceBreaches(), "the deadline passed with the DPO not told");
        assertTrue(act("report-dpo").accepted());
        assertTrue(act("contact-customer").accepted());
        assertFalse(centre.events(SimEvent.ComplianceEventClosed.class).get(0).withinDeadline());
        assertEquals(1, simulation.snapshot().complianceBreaches(), "one late report, one breach");
    }

    @Test
    @DisplayName("a scenario can say which actions an event needs; without it they follow from its kind")
    void requiredActionsFromTheScenario() {
        centreWith(new Incident.ComplianceEvent("pci-1", "Consent message skipped", "recording-consent-missing",
                "ann", "billing", "UK GDPR", "", "", 72, List.of("contact-customer")));
        assertTrue(act("contact-customer").accepted());
        assertEquals(1, centre.events(SimEvent.ComplianceEventClosed.class).size());
        assertEquals(List.of("pause-recording", "report-dpo"), new Incident.ComplianceEvent("x", "x",
                "recording-consent-missing", null, null, "UK GDPR", "", "", 72).requiredActions());
    }
}
