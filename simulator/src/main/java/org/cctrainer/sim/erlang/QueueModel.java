package org.cctrainer.sim.erlang;

/**
 * The inputs for one queue in steady state: Poisson arrivals, exponential handling and (optionally)
 * exponential patience. Rates are per hour and times in seconds because that is how a planner says
 * them; the models convert to per-second rates internally.
 *
 * @param arrivalsPerHour     mean offered contacts per hour, &gt; 0
 * @param ahtSeconds          mean handling time, &gt; 0
 * @param patienceSeconds     mean patience before abandoning, &gt; 0; {@code Double.POSITIVE_INFINITY}
 *                            means nobody abandons (Erlang C)
 * @param agents              agents taking contacts, &ge; 1
 * @param thresholdSeconds    the service-level threshold T, &ge; 0
 * @param shortAbandonSeconds abandons within this many seconds are "short" and may be left out of one
 *                            service-level definition, &ge; 0
 */
public record QueueModel(double arrivalsPerHour, double ahtSeconds, double patienceSeconds, int agents,
                         double thresholdSeconds, double shortAbandonSeconds) {

    public QueueModel {
        requirePositiveFinite("arrivalsPerHour", arrivalsPerHour);
        requirePositiveFinite("ahtSeconds", ahtSeconds);
        // Infinity is allowed on purpose: it is how a caller asks for "nobody abandons".
        if (!(patienceSeconds > 0)) {
            throw new IllegalArgumentException(
                    "patienceSeconds must be > 0 (or +Infinity for no abandonment), was " + patienceSeconds);
        }
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be >= 1, was " + agents);
        }
        requireNonNegativeFinite("thresholdSeconds", thresholdSeconds);
        requireNonNegativeFinite("shortAbandonSeconds", shortAbandonSeconds);
    }

    /** A queue whose contacts never abandon: the Erlang C assumptions. */
    public static QueueModel withoutAbandonment(double arrivalsPerHour, double ahtSeconds, int agents,
                                                double thresholdSeconds) {
        return new QueueModel(arrivalsPerHour, ahtSeconds, Double.POSITIVE_INFINITY, agents, thresholdSeconds, 0);
    }

    /** Offered load a = λ/μ: how many agents would be busy if every contact were answered. */
    public double offeredLoadErlangs() {
        return arrivalsPerHour * ahtSeconds / 3600.0;
    }

    /** λ, contacts per second. */
    public double arrivalRatePerSecond() {
        return arrivalsPerHour / 3600.0;
    }

    /** μ = 1/AHT, completions per second per agent. */
    public double serviceRatePerSecond() {
        return 1.0 / ahtSeconds;
    }

    /** θ = 1/patience, per second per waiting contact; 0 when nobody abandons. */
    public double abandonmentRatePerSecond() {
        return 1.0 / patienceSeconds;
    }

    public boolean hasAbandonment() {
        return !Double.isInfinite(patienceSeconds);
    }

    /** The same queue with a different head count, as staffing searches need. */
    public QueueModel withAgents(int newAgents) {
        return new QueueModel(arrivalsPerHour, ahtSeconds, patienceSeconds, newAgents, thresholdSeconds,
                shortAbandonSeconds);
    }

    /** The same queue with different patience; {@code Double.POSITIVE_INFINITY} turns abandonment off. */
    public QueueModel withPatience(double newPatienceSeconds) {
        return new QueueModel(arrivalsPerHour, ahtSeconds, newPatienceSeconds, agents, thresholdSeconds,
                shortAbandonSeconds);
    }

    private static void requirePositiveFinite(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, was " + value);
        }
    }

    private static void requireNonNegativeFinite(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
    }
}
