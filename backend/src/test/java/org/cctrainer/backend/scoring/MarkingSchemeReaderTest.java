package org.cctrainer.backend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.cctrainer.sim.scenario.ScenarioException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A trainer's marking scheme with a mistake is refused with the line and field of every problem. */
@DisplayName("Reading a marking scheme")
class MarkingSchemeReaderTest {
    private static final String GOOD_POINT = """
            points:
              - id: p1
                title: A point
                criteria: [B1]
                trigger: {alert: sla-breach, queue: billing}
                expect:
                  - {action: acknowledge-alert, withinMinutes: 5}
                feedback: {met: good, notMet: not yet}
            """;

    static String problems(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> MarkingSchemeReader.read("scheme.yaml", yaml, 8 * 60, 5 * 3600));
        return e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown criterion    | criteria: [B1]        | criteria: [Z9]                | line 5, points[0].criteria: unknown criterion 'Z9'",
        "an unknown action       | action: acknowledge-alert | action: applaud            | points[0].expect[0].action: must be one of",
        "an unknown alert rule   | alert: sla-breach     | alert: sla-brech              | points[0].trigger.alert: must be one of",
        "a typo in a field       | withinMinutes: 5      | withinMinuts: 5               | points[0].expect[0].withinMinuts: unknown field",
        "an unquoted no          | notMet: not yet       | notMet: no                    | points[0].feedback.notMet: must be text (got false)",
        "a window out of range   | withinMinutes: 5      | withinMinutes: 0              | points[0].expect[0].withinMinutes: must be between 0.5 and 1440",
        "a time outside the day  | alert: sla-breach, queue: billing | time: \"23:30\"  | points[0].trigger.time: is outside the scenario's day"})
    @DisplayName("a mistake is named by its line and field")
    void mistakes(String what, String good, String bad, String expected) {
        String yaml = "scenario: volume-surge\n" + GOOD_POINT.replace(good, bad);
        String found = problems(yaml);
        assertTrue(found.contains(expected), what + ":\n" + found);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a scheme without points, or with a point id twice, is refused; malformed YAML names its line")
    void wholeFile() {
        assertTrue(problems("scenario: x\n").contains("points: must list at least one marking point"));
        assertTrue(problems("scenario: x\n" + GOOD_POINT + GOOD_POINT.replace("points:\n", ""))
                .contains("is used twice ('p1')"));
        assertTrue(problems("scenario: x\npoints: [\n").contains("not valid YAML"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a good scheme reads with its defaults")
    void good() throws Exception {
        MarkingScheme scheme = MarkingSchemeReader.read("scheme.yaml", "scenario: volume-surge\n" + GOOD_POINT, 480, 18000);
        assertEquals(10, scheme.maxPoints());
        assertEquals(0.7, scheme.pointsWeight());
        assertEquals(300, scheme.points().get(0).expect().get(0).withinSeconds());
    }
}
