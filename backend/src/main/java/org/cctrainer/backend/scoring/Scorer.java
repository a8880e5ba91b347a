package org.cctrainer.backend.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.cctrainer.backend.scoring.MarkingScheme.Condition;
import org.cctrainer.backend.scoring.MarkingScheme.Expectation;
import org.cctrainer.backend.scoring.MarkingScheme.MarkingPoint;
import org.cctrainer.backend.scoring.MarkingScheme.OutcomeCheck;
import org.cctrainer.backend.scoring.MarkingScheme.Penalty;
import org.cctrainer.backend.scoring.ScoreReport.CriterionResult;
import org.cctrainer.backend.scoring.ScoreReport.Evidence;
import org.cctrainer.backend.scoring.ScoreReport.PenaltyCharge;
import org.cctrainer.backend.scoring.ScoreReport.PointResult;
import org.cctrainer.backend.scoring.TimelineEntry.Action;
import org.cctrainer.backend.scoring.TimelineEntry.AlertChanged;
import org.cctrainer.backend.scoring.TimelineEntry.CentreEvent;
import org.cctrainer.backend.scoring.TimelineEntry.IncidentStarted;
import org.cctrainer.backend.scoring.TimelineEntry.KpiSample;

/**
 * Scores an exercise: a pure function of its marking scheme and timeline (plus how far the day
 * has got), so a replay of the journal scores exactly as the live run did. No clocks, no state.
 */
public final class Scorer {
    private final MarkingScheme scheme;
    private final DoubleFunction<String> clock;

    /** {@code clock} turns virtual seconds into the "HH:MM" the trainee saw. */
    public Scorer(MarkingScheme scheme, DoubleFunction<String> clock) {
        this.scheme = scheme;
        this.clock = clock;
    }

    public MarkingScheme scheme() {
        return scheme;
    }

    public ScoreReport score(List<TimelineEntry> timeline, double now, boolean finished) {
        ActionMatcher matcher = new ActionMatcher(timeline);
        List<PointResult> points = new ArrayList<>();
        for (MarkingPoint point : scheme.points()) {
            points.add(scorePoint(point, timeline, matcher, now, finished));
        }
        List<PenaltyCharge> charges = new ArrayList<>();
        for (Penalty penalty : scheme.penalties()) {
            charges.addAll(charge(penalty, timeline, matcher, now, finished));
        }
        int max = points.stream().filter(p -> !p.status().equals("not-triggered")).mapToInt(PointResult::points).sum();
        int awarded = points.stream().mapToInt(PointResult::awarded).sum();
        int penalty = charges.stream().mapToInt(PenaltyCharge::points).sum();
        // With no marking point triggered yet there is nothing to take a share of: the points
        // percentage is undefined (null on the wire) and the overall figure is the outcome alone.
        double pointsPercent = max == 0 ? Double.NaN : 100.0 * Math.max(0, awarded - penalty) / max;
        ScoreReport.Balance balance = OutcomeBalance.of(scheme.outcome(), lastSample(timeline));
        double overall = max == 0 ? 100 * balance.score()
                : scheme.pointsWeight() * pointsPercent + (1 - scheme.pointsWeight()) * 100 * balance.score();
        return new ScoreReport(scheme.scenario(), now, finished, awarded, penalty, max, round1(pointsPercent),
                round1(overall), balance, points, charges, criteria(points, charges));
    }

    // ---- marking points ---------------------------------------------------------------------

    private record Triggered(double t, Map<String, String> bindings, String what) {
    }

    private PointResult scorePoint(MarkingPoint point, List<TimelineEntry> timeline, ActionMatcher matcher,
                                   double now, boolean finished) {
        Triggered trigger = trigger(point.trigger(), timeline, now);
        if (trigger == null) {
            return new PointResult(point.id(), point.title(), point.criteria(), point.points(), 0, "not-triggered",
                    null, null, List.of(), "");
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(trigger.t(), clock.apply(trigger.t()), true, trigger.what()));
        int totalWeight = 0;
        int metWeight = 0;
        boolean open = false;
        double firstAction = Double.NaN;
        for (Expectation expectation : point.expect()) {
            totalWeight += expectation.weight();
            double deadline = trigger.t() + expectation.withinSeconds();
            Action found = null;
            for (TimelineEntry entry : timeline) {
                if (entry instanceof Action action && action.t() >= trigger.t() && action.t() <= deadline
                        && matcher.matches(action, expectation.match(), trigger.bindings())) {
                    found = action;
                    break;
                }
            }
            if (found != null) {
                metWeight += expectation.weight();
                firstAction = Double.isNaN(firstAction) ? found.t() : Math.min(firstAction, found.t());
                evidence.add(new Evidence(found.t(), clock.apply(found.t()), true,
                        expectation.label() + ": " + describe(found)));
            } else if (!finished && now < deadline) {
                open = true;
            } else {
                evidence.add(new Evidence(deadline, clock.apply(deadline), false, expectation.label()
                        + ": not done within " + minutes(expectation.withinSeconds())));
            }
        }
        OutcomeCheck outcome = point.outcome();
        if (outcome != null) {
            totalWeight += outcome.weight();
            double deadline = trigger.t() + outcome.withinSeconds();
            KpiSample reached = Double.isNaN(firstAction) && !point.expect().isEmpty() ? null
                    : firstSample(timeline, outcome, Double.isNaN(firstAction) ? trigger.t() : firstAction, deadline);
            if (reached != null) {
                metWeight += outcome.weight();
                evidence.add(new Evidence(reached.t(), clock.apply(reached.t()), true,
                        outcome.label() + ": " + figure(outcome, reached)));
            } else if (!finished && now < deadline) {
                open = true;
            } else {
                evidence.add(new Evidence(deadline, clock.apply(deadline), false, outcome.label()
                        + (Double.isNaN(firstAction) && !point.expect().isEmpty() ? ": no action to follow"
                        : ": not reached within " + minutes(outcome.withinSeconds()))));
            }
        }
        int awarded = totalWeight == 0 ? 0 : (int) Math.round((double) point.points() * metWeight / totalWeight);
        String status = metWeight == totalWeight ? "met" : open ? "pending" : metWeight > 0 ? "partly-met" : "not-met";
        String feedback = status.equals("met") ? point.feedbackMet() : status.equals("pending") ? "" : point.feedbackNotMet();
        return new PointResult(point.id(), point.title(), point.criteria(), point.points(), awarded, status,
                trigger.t(), clock.apply(trigger.t()), evidence, feedback);
    }

    private Triggered trigger(MarkingScheme.Trigger trigger, List<TimelineEntry> timeline, double now) {
        switch (trigger.kind()) {
            case "start" -> {
                return new Triggered(0, Map.of(), "The exercise started");
            }
            case "time" -> {
                return now >= trigger.atSeconds() ? new Triggered(trigger.atSeconds(), Map.of(),
                        "It was " + clock.apply(trigger.atSeconds())) : null;
            }
            case "incident" -> {
                for (TimelineEntry entry : timeline) {
                    if (entry instanceof IncidentStarted started && started.incident().equals(trigger.ref())) {
                        Map<String, String> names = new HashMap<>();
                        names.put("incident", started.incident());
                        if (started.agent() != null) {
                            names.put("agent", started.agent());
                        }
                        if (!started.queues().isEmpty()) {
                            names.put("queue", started.queues().get(0));
                        }
                        return new Triggered(started.t(), names, "Incident " + started.incident() + " started");
                    }
                }
                return null;
            }
            case "alert" -> {
                for (TimelineEntry entry : timeline) {
                    if (entry instanceof AlertChanged alert && alert.change().equals("raised")
                            && alert.rule().equals(trigger.ref())
                            && (trigger.queue() == null || trigger.queue().equals(alert.queue()))) {
                        Map<String, String> names = new HashMap<>();
                        names.put("alert", alert.alert());
                        if (alert.queue() != null) {
                            names.put("queue", alert.queue());
                        }
                        if (alert.agent() != null) {
                            names.put("agent", alert.agent());
                        }
                        return new Triggered(alert.t(), names, "Alert " + alert.alert() + " (" + alert.rule()
                                + (alert.queue() == null ? "" : ", " + alert.queue()) + ") raised");
                    }
                }
                return null;
            }
            default -> throw new IllegalStateException("unknown trigger " + trigger.kind());
        }
    }

    private static KpiSample firstSample(List<TimelineEntry> timeline, OutcomeCheck check, double from, double to) {
        for (TimelineEntry entry : timeline) {
            if (entry instanceof KpiSample sample && sample.t() >= from && sample.t() <= to && holds(check, sample)) {
                return sample;
            }
        }
        return null;
    }

    private static boolean holds(OutcomeCheck check, KpiSample sample) {
        double value = OutcomeKpis.value(check.kpi(), check.queue(), sample);
        double bound = check.target() ? OutcomeKpis.target(check.queue(), sample) : check.bound();
        if (Double.isNaN(value) || Double.isNaN(bound)) {
            return false;
        }
        return check.comparison().equals("atLeast") ? value >= bound : value <= bound;
    }

    private static String figure(OutcomeCheck check, KpiSample sample) {
        double value = OutcomeKpis.value(check.kpi(), check.queue(), sample);
        return check.kpi() + (check.queue() == null ? "" : " of " + check.queue()) + " " + OutcomeKpis.format(check.kpi(), value);
    }

    // ---- penalties --------------------------------------------------------------------------

    private List<PenaltyCharge> charge(Penalty penalty, List<TimelineEntry> timeline, ActionMatcher matcher,
                                       double now, boolean finished) {
        List<PenaltyCharge> charges = new ArrayList<>();
        int occurrences = 0;
        for (TimelineEntry entry : timeline) {
            String evidence;
            if (penalty.event() != null) {
                if (!(entry instanceof CentreEvent event) || !event.kind().equals(penalty.event())) {
                    continue;
                }
                evidence = event.kind().replace('-', ' ') + ": " + event.subject();
            } else {
                if (!(entry instanceof Action action) || !matcher.matches(action, penalty.when(), Map.of())) {
                    continue;
                }
                Boolean excused = excused(penalty.unless(), action, timeline, matcher, now, finished);
                if (excused == null || excused) {
                    continue; // excused, or its review window is still open
                }
                evidence = describe(action);
            }
            occurrences++;
            if (occurrences <= penalty.moreThan() || charges.size() >= penalty.max()) {
                continue;
            }
            charges.add(new PenaltyCharge(penalty.id(), penalty.title(), penalty.criteria(), penalty.points(),
                    entry.t(), clock.apply(entry.t()), evidence, penalty.feedback()));
        }
        return charges;
    }

    /** True if the condition excuses the action, false if not, null if it cannot be told yet. */
    private static Boolean excused(Condition unless, Action action, List<TimelineEntry> timeline, ActionMatcher matcher,
                                   double now, boolean finished) {
        if (unless == null) {
            return false;
        }
        switch (unless.kind()) {
            case "alertOpen" -> {
                return alertOpenFor(unless.rule(), unless.minutes() * 60, action.t(), timeline);
            }
            case "preceded" -> {
                return matcher.precededBy(action, unless.match(), unless.minutes() * 60, Map.of());
            }
            case "reviewed" -> {
                double deadline = action.t() + unless.minutes() * 60;
                for (TimelineEntry entry : timeline) {
                    if (entry instanceof Action review && review.accepted() && review.action().equals("review-change")
                            && action.id().equals(review.params().get("change")) && review.t() <= deadline) {
                        return true;
                    }
                }
                return !finished && now < deadline ? null : false;
            }
            default -> throw new IllegalStateException("unknown condition " + unless.kind());
        }
    }

    /** Had an alert of {@code rule} been open (raised, not resolved) for at least {@code seconds} at {@code t}? */
    static boolean alertOpenFor(String rule, double seconds, double t, List<TimelineEntry> timeline) {
        Map<String, Double> raisedAt = new LinkedHashMap<>();
        for (TimelineEntry entry : timeline) {
            if (entry.t() > t) {
                break;
            }
            if (entry instanceof AlertChanged alert && alert.rule().equals(rule)) {
                if (alert.change().equals("raised")) {
                    raisedAt.put(alert.alert(), alert.t());
                } else if (alert.change().equals("resolved")) {
                    raisedAt.remove(alert.alert());
                }
            }
        }
        return raisedAt.values().stream().anyMatch(raised -> t - raised >= seconds);
    }

    // ---- criteria and helpers -----------------------------------------------------------------

    private static List<CriterionResult> criteria(List<PointResult> points, List<PenaltyCharge> charges) {
        Map<String, List<PointResult>> byCriterion = new LinkedHashMap<>();
        for (String id : Criteria.TITLES.keySet()) {
            for (PointResult point : points) {
                if (point.criteria().contains(id)) {
                    byCriterion.computeIfAbsent(id, k -> new ArrayList<>()).add(point);
                }
            }
        }
        List<CriterionResult> results = new ArrayList<>();
        byCriterion.forEach((id, list) -> {
            List<PointResult> assessed = list.stream().filter(p -> !p.status().equals("not-triggered")).toList();
            long met = assessed.stream().filter(p -> p.status().equals("met")).count();
            boolean some = assessed.stream().anyMatch(p -> p.awarded() > 0);
            String status = assessed.isEmpty() ? "not-assessed" : met == assessed.size() ? "met"
                    : some ? "partly-met" : "not-yet-met";
            int penalties = (int) charges.stream().filter(c -> c.criteria().contains(id)).count();
            results.add(new CriterionResult(id, Criteria.TITLES.get(id), status,
                    list.stream().map(PointResult::id).toList(), penalties));
        });
        return results;
    }

    private static KpiSample lastSample(List<TimelineEntry> timeline) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i) instanceof KpiSample sample) {
                return sample;
            }
        }
        return null;
    }

    static String describe(Action action) {
        String text = action.message() == null || action.message().isBlank() ? action.action() : action.message();
        return action.rationale().isBlank() ? text : text + " — “" + action.rationale() + "”";
    }

    private static String minutes(double seconds) {
        return Math.round(seconds / 60) + " min";
    }

    private static double round1(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
    }
}
