package org.cctrainer.sim.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The escalation procedure: which tier a case needs")
class CaseTieringTest {

    private static Incident.EscalationCase escalationCase(RiskLevel vulnerability, RiskLevel regulatory, double value,
                                                          int repeats) {
        return new Incident.EscalationCase("case", "A case", null, "A customer", "", vulnerability, "", regulatory,
                "", value, repeats, 60, true);
    }

    @ParameterizedTest(name = "vulnerability {0}, regulatory risk {1}, £{2}, {3} repeats → tier {4} ({5})")
    @CsvSource(textBlock = """
            NONE,   NONE,   0,    0, 1, standard
            LOW,    LOW,    999,  1, 1, standard
            MEDIUM, NONE,   0,    0, 2, complex
            NONE,   MEDIUM, 0,    0, 2, complex
            NONE,   NONE,   1000, 0, 2, complex
            NONE,   NONE,   0,    2, 2, complex
            HIGH,   NONE,   0,    0, 3, complex
            NONE,   HIGH,   0,    0, 3, complex
            HIGH,   MEDIUM, 5000, 5, 3, complex
            """)
    @DisplayName("high vulnerability or regulatory risk needs tier 3; medium, £1,000 or two repeats tier 2")
    void tiers(RiskLevel vulnerability, RiskLevel regulatory, double value, int repeats, int tier, String kind) {
        Incident.EscalationCase escalation = escalationCase(vulnerability, regulatory, value, repeats);
        assertEquals(tier, CaseTiering.requiredTier(escalation));
        assertEquals(kind, CaseTiering.classification(escalation));
    }

    @Test
    @DisplayName("a compliance event's default actions follow its kind; remove-agent only when there is an agent")
    void complianceDefaults() {
        assertEquals(List.of("redact-recording", "report-dpo", "remove-agent"),
                ComplianceActions.defaultsFor("card-details-recorded", "bil-03"));
        assertEquals(List.of("redact-recording", "report-dpo"), ComplianceActions.defaultsFor("card-details-recorded", null));
        assertEquals(List.of("report-dpo", "contact-customer"), ComplianceActions.defaultsFor("personal-data-disclosed", null));
        assertEquals(List.of("pause-recording", "report-dpo"), ComplianceActions.defaultsFor("recording-consent-missing", "a"));
        assertEquals(List.of("report-dpo"), ComplianceActions.defaultsFor("anything-else", "a"));
        assertThrows(IllegalArgumentException.class, () -> new Incident.ComplianceEvent("e", "t", "k", null, null, "r",
                "", "", 72, List.of("remove-agent")), "nobody to remove");
        assertThrows(IllegalArgumentException.class, () -> new Incident.ComplianceEvent("e", "t", "k", "a", null, "r",
                "", "", 72, List.of("stop-all-recording")), "a breach is never required");
    }
}
