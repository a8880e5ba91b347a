package org.cctrainer.sim.model;

/**
 * How an agent works, beyond speed: these traits generate the per-contact quality signals
 * (QA score, CSAT survey and verbatim, first-contact resolution) that speed metrics hide.
 *
 * @param speed multiplies handle time (0.7 = 30% faster than the queue's standard)
 * @param qaMean mean QA evaluation score, 0–100
 * @param csatMean mean CSAT survey score, 1–5
 * @param fcrRate probability a contact is resolved first time
 */
public record QualityTraits(double speed, double qaMean, double csatMean, double fcrRate) {
    public static final QualityTraits STANDARD = new QualityTraits(1.0, 82, 4.1, 0.78);
    /** Resolves everything first time: no repeat contacts (the Erlang what-if queue). */
    public static final QualityTraits PERFECT = new QualityTraits(1.0, 90, 4.5, 1.0);

    public QualityTraits {
        if (!(speed >= 0.2 && speed <= 5)) {
            throw new IllegalArgumentException("speed must be in [0.2, 5], got " + speed);
        }
        if (!(qaMean >= 0 && qaMean <= 100)) {
            throw new IllegalArgumentException("qaMean must be in [0, 100], got " + qaMean);
        }
        if (!(csatMean >= 1 && csatMean <= 5)) {
            throw new IllegalArgumentException("csatMean must be in [1, 5], got " + csatMean);
        }
        if (!(fcrRate >= 0 && fcrRate <= 1)) {
            throw new IllegalArgumentException("fcrRate must be in [0, 1], got " + fcrRate);
        }
    }
}
