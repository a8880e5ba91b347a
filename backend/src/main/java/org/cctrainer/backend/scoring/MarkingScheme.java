package org.cctrainer.backend.scoring;

import java.util.List;
import java.util.Map;

/**
 * What a scenario scores: marking points tied to criterion ids, penalty rules for the common
 * mistakes, and the weights of the outcome balance. Read from YAML by {@link MarkingSchemeReader};
 * the format is documented in docs/scoring.md.
 */
public record MarkingScheme(String scenario, List<MarkingPoint> points, List<Penalty> penalties, Outcome outcome,
                            double pointsWeight, boolean liveForTrainee) {

    public MarkingScheme {
        points = List.copyOf(points);
        penalties = List.copyOf(penalties);
    }

    public int maxPoints() {
        return points.stream().mapToInt(MarkingPoint::points).sum();
    }

    /**
     * A marking point: when {@code trigger} happens, the trainee should do each of {@code expect}
     * within its window, and then {@code outcome} should follow. Points are shared between the
     * expectations and the outcome (each expectation's weight, the outcome's weight).
     */
    public record MarkingPoint(String id, String title, List<String> criteria, Trigger trigger,
                               List<Expectation> expect, OutcomeCheck outcome, int points, String feedbackMet,
                               String feedbackNotMet) {
        public MarkingPoint {
            criteria = List.copyOf(criteria);
            expect = List.copyOf(expect);
        }
    }

    /**
     * What starts a marking point's clock: {@code start} (the exercise's start), {@code time} (a
     * clock time), {@code incident} (an incident by id), {@code alert} (the first alert of a rule,
     * on a queue if named). The trigger's subject (incident id, its agent and queue) can be named in
     * expectations as {@code $incident}, {@code $agent}, {@code $queue}.
     */
    public record Trigger(String kind, String ref, String queue, double atSeconds) {
    }

    /** An action the trainee should take, within {@code withinSeconds} of the trigger. */
    public record Expectation(String label, ActionMatch match, double withinSeconds, int weight) {
    }

    /**
     * Which actions count: any of {@code actions}, accepted, whose params equal {@code params}
     * (values may be {@code $incident}, {@code $agent}, {@code $queue}), whose facts equal
     * {@code facts}, and, if {@code precededBy} is set, only after such an action within its window.
     */
    public record ActionMatch(List<String> actions, Map<String, Object> params, Map<String, Object> facts,
                              ActionMatch precededBy, double precededWithinSeconds) {
        public ActionMatch {
            actions = List.copyOf(actions);
            params = Map.copyOf(params);
            facts = Map.copyOf(facts);
        }
    }

    /**
     * A figure that should follow: {@code kpi} of {@code queue} at least / at most {@code bound}
     * in some minute sample within {@code withinSeconds} of the trigger and after the first
     * expected action. {@code bound} may be NaN with {@code target} true: the queue's own target.
     */
    public record OutcomeCheck(String label, String kpi, String queue, String comparison, double bound,
                               boolean target, double withinSeconds, int weight) {
    }

    /**
     * A penalty: each action (or centre event) matching {@code when} costs {@code points}, unless
     * {@code unless} holds for it; {@code moreThan} lets the first n go free (e.g. pulling one
     * coaching session is fine, pulling every one is not); at most {@code max} are charged.
     */
    public record Penalty(String id, String title, List<String> criteria, ActionMatch when, String event,
                          Condition unless, int moreThan, int max, int points, String feedback) {
        public Penalty {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * A reason to let an action go: {@code alertOpen} (an alert of {@code rule} had been open at
     * least {@code minutes} when it was taken), {@code reviewed} (a review-change naming it followed
     * within {@code minutes}), {@code preceded} (an action matching {@code match} came before it
     * within {@code minutes}).
     */
    public record Condition(String kind, String rule, double minutes, ActionMatch match) {
    }

    /** Weights of the outcome balance and what cost the scenario budgets for. */
    public record Outcome(double serviceLevel, double abandonment, double csat, double cost, double compliance,
                          double overtimeBudgetAgentHours) {
        public double total() {
            return serviceLevel + abandonment + csat + cost + compliance;
        }
    }
}
