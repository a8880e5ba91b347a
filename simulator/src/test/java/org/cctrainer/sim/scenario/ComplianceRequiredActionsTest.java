package org.cctrainer.sim.scenario;

import static org.cctrainer.sim.scenario.ScenarioText.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.cctrainer.sim.incident.Incident;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A compliance event's required actions in a scenario file")
class ComplianceRequiredActionsTest {

    private static ScenarioText compliance(String kind, String extra) {
        return ScenarioText.minimal().append("""
                incidents:
                  - at: "09:00"
                    type: compliance
                    id: breach
                    kind: %s
                    regulation: PCI DSS
                %s""".formatted(kind, extra));
    }

    private static Incident.ComplianceEvent read(ScenarioText text) throws ScenarioException {
        return assertInstanceOf(Incident.ComplianceEvent.class, text.read().incidents().get(0).incident());
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource(delimiter = '|', textBlock = """
            card-details-recorded     | '    agent: ann' | redact-recording report-dpo remove-agent
            card-details-recorded     | ''               | redact-recording report-dpo
            personal-data-disclosed   | ''               | report-dpo contact-customer
            recording-consent-missing | ''               | pause-recording report-dpo
            script-not-followed       | ''               | report-dpo
            """)
    @DisplayName("left out, they follow from the kind (no agent, nobody to remove)")
    void defaultsFromKind(String kind, String agent, String expected) throws ScenarioException {
        Incident.ComplianceEvent event = read(compliance(kind, agent.isEmpty() ? "" : agent + "\n"));
        assertEquals(List.of(expected.split(" ")), event.requiredActions());
    }

    @Test
    @DisplayName("given, they are used as written")
    void given() throws ScenarioException {
        Incident.ComplianceEvent event = read(compliance("card-details-recorded",
                "    agent: ann\n    requiredActions: [pause-recording, remove-agent]\n"));
        assertEquals(List.of("pause-recording", "remove-agent"), event.requiredActions());
    }

    @Test
    @DisplayName("an unknown action is named with its line and the actions there are")
    void unknownAction() {
        ScenarioText text = compliance("card-details-recorded", "    requiredActions:\n      - report-dpo\n"
                + "      - shred-tapes\n");
        assertOnlyProblem(text.problems(), "incidents[0].requiredActions[1]", text.lineOf("shred-tapes"),
                "must be one of pause-recording, redact-recording, report-dpo, remove-agent, contact-customer",
                "(got 'shred-tapes')");
    }

    @Test
    @DisplayName("switching off all recording cannot be required: it is the breach, not the remedy")
    void stopAllRecordingIsNotARemedy() {
        ScenarioText text = compliance("card-details-recorded", "    requiredActions: [stop-all-recording]\n");
        assertOnlyProblem(text.problems(), "incidents[0].requiredActions[0]", text.lineOf("stop-all-recording"),
                "must be one of");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '[report-dpo, report-dpo]'     | incidents[0].requiredActions[1] | is listed twice
            '[]'                           | incidents[0].requiredActions    | at least one action
            '[report-dpo, remove-agent]'   | incidents[0].requiredActions    | remove-agent needs the event's agent
            'report-dpo'                   | incidents[0].requiredActions    | must be a list
            """)
    @DisplayName("a duplicate, an empty list, removing nobody, or not a list is refused")
    void badLists(String list, String path, String message) {
        ScenarioText text = compliance("card-details-recorded", "    requiredActions: " + list + "\n");
        assertOnlyProblem(text.problems(), path, text.lineOf("requiredActions"), message);
    }
}
