package org.cctrainer.backend.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctrainer.backend.scoring.MarkingScheme;
import org.cctrainer.backend.scoring.MarkingSchemes;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioException;
import org.cctrainer.sim.scenario.ScenarioLibrary;

/**
 * The scenarios a trainer can start, read and validated once at start-up (on a worker: it is
 * file reading and YAML parsing) so that starting an exercise never parses on an event loop.
 */
public final class ScenarioCatalog {
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<String, MarkingScheme> schemes = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** What the start page lists. */
    public record Summary(String id, String title, String summary, double hours, String startClock,
                          List<QueueSummary> queues, int agents, boolean scored, List<String> criteria) {
    }

    public record QueueSummary(String id, String name, String channel, double slTarget, double slThresholdSeconds) {
    }

    public static ScenarioCatalog loadBuiltIn() throws ScenarioException {
        ScenarioCatalog catalog = new ScenarioCatalog();
        for (String id : ScenarioLibrary.builtInIds()) {
            Scenario scenario = ScenarioLibrary.builtIn(id);
            catalog.scenarios.put(id, scenario);
            catalog.texts.put(id, ScenarioLibrary.builtInText(id));
            MarkingScheme scheme = MarkingSchemes.builtIn(scenario);
            if (scheme != null) {
                catalog.schemes.put(id, scheme);
            }
        }
        return catalog;
    }

    public Optional<Scenario> get(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    /** The scenario's marking scheme; empty for an unscored scenario such as free practice. */
    public Optional<MarkingScheme> scheme(String id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /** The scenario file's text, as the journal records it with every exercise. */
    public String text(String id) {
        return texts.get(id);
    }

    public List<String> ids() {
        return List.copyOf(scenarios.keySet());
    }

    private static List<String> criteria(MarkingScheme scheme) {
        if (scheme == null) {
            return List.of();
        }
        return scheme.points().stream().flatMap(p -> p.criteria().stream()).distinct().sorted().toList();
    }

    public List<Summary> summaries() {
        List<Summary> summaries = new ArrayList<>();
        for (Scenario scenario : scenarios.values()) {
            List<QueueSummary> queues = new ArrayList<>();
            for (QueueConfig queue : scenario.queues()) {
                queues.add(new QueueSummary(queue.id(), queue.name(), queue.channel().wireName(), queue.sla().target(),
                        queue.sla().thresholdSeconds()));
            }
            summaries.add(new Summary(scenario.id(), scenario.title(), scenario.summary(),
                    scenario.durationSeconds() / 3600, org.cctrainer.sim.model.Durations.clock(0,
                    scenario.startMinuteOfDay()), queues, scenario.agents().size(), schemes.containsKey(scenario.id()),
                    criteria(schemes.get(scenario.id()))));
        }
        return summaries;
    }
}
