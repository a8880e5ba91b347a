package org.cctrainer.backend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cctrainer.backend.scoring.MarkingScheme.ActionMatch;
import org.cctrainer.backend.scoring.MarkingScheme.MarkingPoint;
import org.cctrainer.sim.incident.ScheduledIncident;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The marking schemes that ship: each reads, refers to things its scenario has, and together they cover every criterion. */
@DisplayName("The shipped marking schemes")
class ShippedSchemesTest {

    static Stream<String> scoredScenarios() {
        return ScenarioLibrary.builtInIds().stream().filter(id -> !id.equals("free-practice"));
    }

    @Test
    @DisplayName("free practice is not scored; every other shipped scenario has a scheme")
    void whichAreScored() throws Exception {
        assertNull(MarkingSchemes.builtIn(ScenarioLibrary.builtIn("free-practice")));
        for (String id : scoredScenarios().toList()) {
            assertNotNull(MarkingSchemes.builtIn(ScenarioLibrary.builtIn(id)), id);
        }
    }

    @Test
    @DisplayName("together the schemes cover every criterion A1–E5 of the qualification units")
    void everyCriterionCovered() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (String id : scoredScenarios().toList()) {
            MarkingSchemes.builtIn(ScenarioLibrary.builtIn(id)).points().forEach(p -> covered.addAll(p.criteria()));
        }
        Set<String> missing = new TreeSet<>(Criteria.TITLES.keySet());
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "criteria no scheme evidences");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scoredScenarios")
    @DisplayName("triggers and parameters name incidents, queues and agents the scenario has")
    void referencesExist(String id) throws Exception {
        Scenario scenario = ScenarioLibrary.builtIn(id);
        MarkingScheme scheme = MarkingSchemes.builtIn(scenario);
        Set<String> incidents = scenario.incidents().stream().map(ScheduledIncident::incident).map(i -> i.id())
                .collect(Collectors.toSet());
        Set<String> queues = scenario.queues().stream().map(q -> q.id()).collect(Collectors.toSet());
        Set<String> agents = scenario.agents().stream().map(a -> a.id()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (MarkingPoint point : scheme.points()) {
            var trigger = point.trigger();
            if (trigger.kind().equals("incident") && !incidents.contains(trigger.ref())) {
                problems.add(point.id() + ": no incident " + trigger.ref());
            }
            if (trigger.queue() != null && !queues.contains(trigger.queue())) {
                problems.add(point.id() + ": no queue " + trigger.queue());
            }
            for (var expectation : point.expect()) {
                check(point.id(), expectation.match(), incidents, queues, agents, problems);
            }
            if (point.outcome() != null && point.outcome().queue() != null && !queues.contains(point.outcome().queue())) {
                problems.add(point.id() + ": outcome on no queue " + point.outcome().queue());
            }
        }
        for (var penalty : scheme.penalties()) {
            if (penalty.when() != null) {
                check(penalty.id(), penalty.when(), incidents, queues, agents, problems);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(scheme.maxPoints() > 0);
    }

    private static void check(String where, ActionMatch match, Set<String> incidents, Set<String> queues,
                              Set<String> agents, List<String> problems) {
        if (match == null) {
            return;
        }
        for (var param : match.params().entrySet()) {
            for (String value : values(param.getValue())) {
                if (value.startsWith("$")) {
                    continue;
                }
                switch (param.getKey()) {
                    case "queue", "queues" -> {
                        if (!queues.contains(value)) {
                            problems.add(where + ": no queue " + value);
                        }
                    }
                    case "agent" -> {
                        if (!agents.contains(value)) {
                            problems.add(where + ": no agent " + value);
                        }
                    }
                    case "case", "event", "outage" -> {
                        if (!incidents.contains(value)) {
                            problems.add(where + ": no incident " + value);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        check(where, match.precededBy(), incidents, queues, agents, problems);
    }

    private static List<String> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
