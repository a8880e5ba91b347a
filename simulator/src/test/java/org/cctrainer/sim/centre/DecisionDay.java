package org.cctrainer.sim.centre;

import java.util.List;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.RiskLevel;
import org.cctrainer.sim.scenario.ScenarioLibrary;

/**
 * The free-practice day at 10:00 with something on every desk: two escalation cases, two
 * compliance events, an outage under way, one that is over, and a volume surge (not an outage).
 * Tests of the trainee's decisions start here.
 */
final class DecisionDay {
    static final double NINE = 3600;
    static final double TEN = 2 * 3600;

    /** Bereaved, charged twice, third contact: tier 3. */
    static final Incident.EscalationCase BEREAVED = new Incident.EscalationCase("case-bereaved",
            "Bereaved customer charged twice", "billing", "Mrs Patel", "Charged twice after her husband's death",
            RiskLevel.HIGH, "recently bereaved", RiskLevel.MEDIUM, "FCA Consumer Duty", 240, 3, 60, true);
    /** A late delivery refund of £25: tier 1. */
    static final Incident.EscalationCase LATE_PARCEL = new Incident.EscalationCase("case-parcel",
            "Refund for a late parcel", "support", "Mr Jones", "Wants £25 back for a late delivery", RiskLevel.NONE,
            "", RiskLevel.NONE, "", 25, 0, 120, false);
    /** Card number read back on a recorded call, by bil-03. */
    static final Incident.ComplianceEvent CARD_ON_RECORDING = new Incident.ComplianceEvent("pci-1",
            "Card number on a recording", "card-details-recorded", "bil-03", "billing", "PCI DSS",
            "Agent read the card number back", "Agent: so that's 4929...", 72);
    /** A letter sent to the wrong customer; nobody to remove. */
    static final Incident.ComplianceEvent WRONG_LETTER = new Incident.ComplianceEvent("gdpr-1",
            "Statement sent to the wrong address", "personal-data-disclosed", null, null, "UK GDPR",
            "A statement went to a previous tenant", "", 72);
    static final Incident.Outage CRM_DOWN = new Incident.Outage("crm-down", "CRM down", "CRM", List.of("support"),
            false, 1.5, 180, 60);
    static final Incident.Outage PHONES_DOWN = new Incident.Outage("phones-down", "Telephony blip", "telephony",
            List.of("billing"), true, 1.0, 10, 30);
    static final Incident.VolumeChange SURGE = new Incident.VolumeChange("surge", "Letters landed",
            List.of("billing"), 1.3, 0);

    private DecisionDay() {
    }

    static Simulation freePractice(long seed) throws Exception {
        return Simulation.start(ScenarioLibrary.builtIn("free-practice"), seed);
    }

    /** The day at 10:00, every item in place (the telephony blip came and went at 09:00). */
    static Simulation atTen(long seed) throws Exception {
        Simulation simulation = freePractice(seed);
        simulation.runUntil(NINE);
        check(simulation.inject(PHONES_DOWN).accepted());
        simulation.runUntil(TEN);
        for (Incident incident : List.of(BEREAVED, LATE_PARCEL, CARD_ON_RECORDING, WRONG_LETTER, CRM_DOWN, SURGE)) {
            check(simulation.inject(incident).accepted());
        }
        return simulation;
    }

    private static void check(boolean accepted) {
        if (!accepted) {
            throw new IllegalStateException("the decision day's set-up was refused");
        }
    }
}
