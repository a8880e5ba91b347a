package org.cctrainer.backend.scoring;

import java.util.List;

/**
 * A trainee's score at virtual time {@code t}: each marking point with its evidence and
 * feedback, each penalty charged, each criterion's status, and the outcome balance.
 * {@code pointsPercent} is (awarded − penalties) ÷ the points of the marking points triggered so
 * far (NaN while none is); {@code overallPercent} blends it with the outcome balance by the
 * scheme's weight (the outcome alone while no point is triggered).
 */
public record ScoreReport(String scenario, double t, boolean finished, int awarded, int penalty, int max,
                          double pointsPercent, double overallPercent, Balance outcome, List<PointResult> points,
                          List<PenaltyCharge> penalties, List<CriterionResult> criteria) {

    /** met, partly-met, not-met, pending (its windows are still open) or not-triggered. */
    public record PointResult(String id, String title, List<String> criteria, int points, int awarded, String status,
                              Double triggeredAt, String triggeredClock, List<Evidence> evidence, String feedback) {
    }

    public record Evidence(double t, String clock, boolean met, String text) {
    }

    public record PenaltyCharge(String id, String title, List<String> criteria, int points, double t, String clock,
                                String evidence, String feedback) {
    }

    /** met, partly-met, not-yet-met or not-assessed (no marking point of it was triggered). */
    public record CriterionResult(String id, String title, String status, List<String> points, int penalties) {
    }

    /** The outcome balance: each component scored 0–1 from the day's figures, then weighted. */
    public record Balance(double score, List<Component> components) {
    }

    public record Component(String id, String label, double weight, double score, String figure) {
    }
}
