package org.cctrainer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.cctrainer.sim.json.Problems.Problem;
import org.cctrainer.sim.model.Scenario;

/**
 * A scenario file as text, for tests: starts from a small valid day (a voice, a chat and an
 * email queue, one agent), changed by exact replacements or additions, then read. Expected
 * line numbers are found by searching the text, so a test says "the line with priorty:"
 * rather than counting lines by hand.
 */
final class ScenarioText {
    static final String MINIMAL = """
            id: test-day
            title: Test day
            start: "08:00"
            hours: 4
            queues:
              - id: calls
                channel: voice
                priority: 5
                sla: {target: 0.8, thresholdSeconds: 20}
                handleTime: {distribution: lognormal, meanSeconds: 300, cv: 0.7}
                patience: {distribution: exponential, meanSeconds: 120}
                forecast: {perHour: 60}
              - id: chat
                channel: chat
                sla: {target: 0.8, thresholdSeconds: 60}
                handleTime: {distribution: exponential, meanSeconds: 600}
                forecast: {perHour: 20}
              - id: mail
                channel: email
                sla: {target: 0.9, thresholdSeconds: 14400}
                handleTime: {distribution: fixed, meanSeconds: 360}
                forecast: {intervalMinutes: 60, volumes: [10, 12, 8, 6]}
            agents:
              - id: ann
                skills: [calls, chat, mail]
            """;

    private final String text;

    private ScenarioText(String text) {
        this.text = text;
    }

    static ScenarioText minimal() {
        return new ScenarioText(MINIMAL);
    }

    static ScenarioText of(String text) {
        return new ScenarioText(text);
    }

    /** Replaces the one occurrence of {@code from}; fails the test if it is missing or not unique. */
    ScenarioText replace(String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            fail("the scenario text must contain exactly one '" + from + "'");
        }
        return new ScenarioText(text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** Adds YAML at the end (e.g. an {@code incidents:} list or an {@code agentGroups:} list). */
    ScenarioText append(String yaml) {
        return new ScenarioText(text + yaml);
    }

    String text() {
        return text;
    }

    /** The 1-based number of the one line containing {@code fragment}. */
    int lineOf(String fragment) {
        String[] lines = text.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                if (found != 0) {
                    fail("'" + fragment + "' is on more than one line");
                }
                found = i + 1;
            }
        }
        if (found == 0) {
            fail("no line contains '" + fragment + "'");
        }
        return found;
    }

    Scenario read() throws ScenarioException {
        return ScenarioReader.read("test.yaml", text);
    }

    /** Reads the text expecting it to be rejected; returns every problem found. */
    List<Problem> problems() {
        ScenarioException e = assertThrows(ScenarioException.class, this::read,
                "the scenario should have been rejected");
        assertFalse(e.problems().isEmpty(), "a rejected scenario names at least one problem");
        return e.problems();
    }

    /** The one problem reported for {@code path}, checked for its line and message. */
    static Problem assertProblem(List<Problem> problems, String path, int line, String... messageParts) {
        List<Problem> atPath = problems.stream().filter(p -> p.path().equals(path)).toList();
        if (atPath.size() != 1) {
            fail("expected one problem at '" + path + "', got:\n" + describe(problems));
        }
        Problem problem = atPath.get(0);
        if (problem.line() != line) {
            fail("expected '" + path + "' to be reported on line " + line + ", got:\n" + describe(problems));
        }
        for (String part : messageParts) {
            assertTrue(problem.message().contains(part),
                    "the message for " + path + " should contain '" + part + "', got: " + problem.message());
        }
        return problem;
    }

    /** The scenario was rejected for exactly one problem, which is at {@code path}. */
    static Problem assertOnlyProblem(List<Problem> problems, String path, int line, String... messageParts) {
        if (problems.size() != 1) {
            fail("expected exactly one problem, got:\n" + describe(problems));
        }
        return assertProblem(problems, path, line, messageParts);
    }

    /** Some problem at {@code path} on {@code line} says all of {@code messageParts} (others may share the path). */
    static void assertSomeProblem(List<Problem> problems, String path, int line, String... messageParts) {
        boolean found = problems.stream().anyMatch(p -> p.path().equals(path) && p.line() == line
                && java.util.Arrays.stream(messageParts).allMatch(p.message()::contains));
        if (!found) {
            fail("expected a problem at '" + path + "' on line " + line + " saying " + List.of(messageParts)
                    + ", got:\n" + describe(problems));
        }
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
