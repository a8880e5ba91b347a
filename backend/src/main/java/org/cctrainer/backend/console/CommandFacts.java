package org.cctrainer.backend.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctrainer.backend.scoring.ActionNames;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;

/**
 * What the console establishes about a command from the exercise as it stands when the command
 * arrives: facts a marking scheme can ask for (docs/scoring.md lists them). Deterministic: the
 * same day and the same commands give the same facts, so a replay scores the same.
 */
final class CommandFacts {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern CRITICISM = Pattern.compile(
            "\\b(lazy|useless|stupid|careless|hopeless|incompetent|rubbish|attitude problem|can't be bothered|pathetic)\\b",
            Pattern.CASE_INSENSITIVE);
    static final double RECENT_SECONDS = 30 * 60;

    private CommandFacts() {
    }

    /** Facts every command gets: whether a rationale was given and whether it cites a figure. */
    static Map<String, Object> common(TraineeCommand command) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("hasRationale", !command.rationale().isBlank());
        facts.put("rationaleCitesData", NUMBER.matcher(command.rationale()).find());
        return facts;
    }

    static boolean recently(List<TimelineEntry> timeline, double now, List<String> actions) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry entry = timeline.get(i);
            if (entry.t() < now - RECENT_SECONDS) {
                return false;
            }
            if (entry instanceof TimelineEntry.Action a && a.accepted() && actions.contains(a.action())) {
                return true;
            }
        }
        return false;
    }

    static boolean viewedEvidence(List<TimelineEntry> timeline, String agent) {
        for (TimelineEntry entry : timeline) {
            if (entry instanceof TimelineEntry.Action a && a.accepted() && a.action().equals("open-view")
                    && agent.equals(a.params().get("agent"))
                    && List.of("agent-quality", "recordings", "csat-comments").contains(a.params().get("view"))) {
                return true;
            }
        }
        return false;
    }

    /** Facts about a coaching note against the agent's actual figures and the day's forecast. */
    @SuppressWarnings("unchecked")
    static void coaching(Map<String, Object> facts, Map<String, Object> params, KpiSnapshot now, Scenario scenario,
                         double atSeconds, List<TimelineEntry> timeline) {
        Map<String, Object> note = (Map<String, Object>) params.getOrDefault("note", Map.of());
        String agentId = String.valueOf(params.get("agent"));
        AgentKpis agent = now.agent(agentId);
        facts.put("modelComplete", CoachingNote.modelComplete(note));
        facts.put("smart", CoachingNote.smart(note.get("objective")));
        facts.put("agentInput", CoachingNote.written(note.get("agentInput"))
                && String.valueOf(note.get("agentInput")).trim().length() >= 10);
        StringBuilder all = new StringBuilder();
        note.values().forEach(v -> all.append(' ').append(v));
        facts.put("citesFigures", agent != null && citedFigures(String.valueOf(note.get("figures")) + all, agent) >= 2);
        facts.put("personalCriticism", CRITICISM.matcher(all).find());
        facts.put("offPeak", offPeak(scenario, atSeconds));
        facts.put("evidenceViewed", viewedEvidence(timeline, agentId));
        facts.put("qualityGap", agent != null && qualityGap(agent));
    }

    /** Below the standard on QA, CSAT or first-contact resolution: what the speed figures hide. */
    static boolean qualityGap(AgentKpis agent) {
        return (agent.qaEvaluations() > 0 && agent.qaAverage() < 70) || (agent.surveys() > 0 && agent.csat() < 3.5)
                || (agent.handled() >= 10 && agent.fcrRate() < 0.65);
    }

    /** How many of the agent's figures (AHT, CSAT, FCR, QA) the text quotes, near enough. */
    static int citedFigures(String text, AgentKpis agent) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group().replace(',', '.')));
        }
        int cited = 0;
        cited += quotes(numbers, agent.ahtSeconds(), 0.15) || quotes(numbers, agent.ahtSeconds() / 60, 0.15) ? 1 : 0;
        cited += quotes(numbers, agent.csat(), 0.06) ? 1 : 0;
        cited += quotes(numbers, agent.fcrRate() * 100, 0.1) || quotes(numbers, agent.fcrRate(), 0.1) ? 1 : 0;
        cited += quotes(numbers, agent.qaAverage(), 0.08) ? 1 : 0;
        return cited;
    }

    private static boolean quotes(List<Double> numbers, double actual, double tolerance) {
        if (!Double.isFinite(actual) || actual == 0) {
            return false;
        }
        return numbers.stream().anyMatch(n -> Math.abs(n - actual) <= Math.abs(actual) * tolerance);
    }

    /**
     * A time whose forecast workload is at or below the day's median interval: the quiet part of
     * the day. A time past the end of the forecast is not called quiet: nothing says it is.
     */
    static boolean offPeak(Scenario scenario, double atSeconds) {
        List<Double> totals = new ArrayList<>();
        double at = 0;
        boolean forecast = false;
        for (QueueConfig queue : scenario.queues()) {
            int intervals = queue.forecast().intervals();
            for (int i = 0; i < intervals; i++) {
                if (totals.size() <= i) {
                    totals.add(0.0);
                }
                totals.set(i, totals.get(i) + queue.forecast().volume(i));
            }
            int index = queue.forecast().intervalAt(atSeconds);
            if (index >= 0 && index < intervals) {
                at += queue.forecast().volume(index);
                forecast = true;
            }
        }
        if (!forecast) {
            return false;
        }
        List<Double> sorted = new ArrayList<>(totals);
        sorted.sort(Double::compare);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        return at <= median;
    }

    static boolean isChange(String action) {
        return ActionNames.CHANGES.contains(action);
    }

    static String lower(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
