package org.cctrainer.sim.validation;

import org.cctrainer.sim.erlang.QueueFigures;
import org.cctrainer.sim.erlang.QueueModel;
import org.cctrainer.sim.erlang.QueueingModels;

/**
 * One single-queue what-if to simulate and hold to its analytic model.
 *
 * @param name            a short label for tables ("n=25 ρ=0.98 A")
 * @param story           what the case shows, as a sentence
 * @param patienceSeconds mean patience, or +Infinity for Erlang C
 * @param measuredHours   length of the measured span (after the warm-up), in whole quarter hours
 * @param seed            fixed, so the test is deterministic
 * @param maxSlHalfWidth  the widest 99.9% half-width on the service level that still makes the case a
 *                        meaningful check; the test fails if the run is too short to reach it
 */
record ErlangCase(String name, String story, double arrivalsPerHour, double ahtSeconds, double patienceSeconds,
                  int agents, double thresholdSeconds, double measuredHours, long seed, double maxSlHalfWidth) {

    /** The single-queue scenario's short-abandon threshold. */
    static final double SHORT_ABANDON_SECONDS = 5;

    QueueModel model() {
        return new QueueModel(arrivalsPerHour, ahtSeconds, patienceSeconds, agents, thresholdSeconds,
                SHORT_ABANDON_SECONDS);
    }

    /** The analytic figures: Erlang A with patience, Erlang C without. */
    QueueFigures figures() {
        return QueueingModels.figures(model());
    }

    boolean erlangA() {
        return Double.isFinite(patienceSeconds);
    }

    /** Offered load per agent, a / n. */
    double load() {
        return arrivalsPerHour * ahtSeconds / 3600 / agents;
    }

    /**
     * A time scale on which the queue forgets its past: the inverse spectral gap of the number in
     * system. In the all-busy region an M/M/n queue is an M/M/1 queue with service rate nμ, whose
     * relaxation time is 1 / (nμ(1 − √ρ)²); abandonment at rate θ per waiting caller pulls the queue
     * back faster, so Erlang A cases use 1 / (nμ(1 − √ρ)² + θ). It is a heuristic, used only to size
     * the warm-up and to report; the batch-means checks are what vouch for the run length.
     */
    double relaxationSeconds() {
        double rho = load();
        double gap = agents / ahtSeconds * Math.pow(1 - Math.sqrt(Math.min(rho, 1)), 2);
        if (erlangA()) {
            gap += 1 / patienceSeconds;
        }
        return 1 / gap;
    }

    /**
     * The unmeasured start: at least 50 mean handle times, and at least 10 relaxation times, after
     * which the empty-start transient is down to e^−10 of its size; rounded up to whole quarter hours,
     * the forecast's interval, so that the scenario's arrivals end exactly where the measured span does.
     */
    double warmupSeconds() {
        double seconds = Math.max(50 * ahtSeconds, 10 * relaxationSeconds());
        return Math.ceil(seconds / 900) * 900;
    }

    double measuredSeconds() {
        return measuredHours * 3600;
    }

    @Override
    public String toString() {
        return name;
    }
}
