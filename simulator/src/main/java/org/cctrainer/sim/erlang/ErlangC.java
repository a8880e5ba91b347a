package org.cctrainer.sim.erlang;

/**
 * The M/M/n queue (Erlang C): Poisson arrivals, exponential handling, n agents, nobody abandons.
 *
 * <p>Everything goes through the Erlang B recursion rather than a^n/n!, which overflows a double
 * near n = 170 and loses all precision well before that; the recursion only ever holds a probability,
 * so it is stable for any head count.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /**
     * Erlang B, the blocking probability of a loss system with {@code agents} servers offered
     * {@code erlangs} of traffic, by B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
     */
    public static double erlangB(double erlangs, int agents) {
        requireLoad(erlangs);
        requireAgents(agents);
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            double ab = erlangs * b;
            b = ab / (k + ab);
        }
        return b;
    }

    /**
     * Erlang C, the probability an arrival has to wait, C = n·B / (n − a(1 − B)). At or above
     * a = n the queue grows without bound and every arrival eventually waits, so this is 1.
     */
    public static double pWait(double erlangs, int agents) {
        requireLoad(erlangs);
        requireAgents(agents);
        if (erlangs >= agents) {
            return 1.0;
        }
        double b = erlangB(erlangs, agents);
        return agents * b / (agents - erlangs * (1.0 - b));
    }

    /**
     * Steady-state figures as if nobody abandoned: {@code m.patienceSeconds()} is ignored, which is the
     * Erlang C assumption (and lets a planner compare the same queue with and without abandonment).
     *
     * <p>When the offered load reaches the head count (a ≥ n) there is no steady state: the queue
     * grows for ever. Rather than throw, that reports the limit a wallboard would drift towards:
     * everyone waits (pWait 1), nobody is answered within any finite T (service levels 0), the mean
     * wait is +Infinity and agents are fully occupied.
     */
    public static QueueFigures figures(QueueModel m) {
        int n = m.agents();
        double a = m.offeredLoadErlangs();
        if (a >= n) {
            return new QueueFigures(n, 1.0, 0.0, 0.0, 0.0, 0.0, Double.POSITIVE_INFINITY, 1.0, 0.0, 0.0);
        }
        double c = pWait(a, n);
        // Given a wait, it is exponential with rate nμ − λ: the queue drains at the spare service rate.
        double drainRate = n * m.serviceRatePerSecond() - m.arrivalRatePerSecond();
        double serviceLevel = 1.0 - c * Math.exp(-drainRate * m.thresholdSeconds());
        double asa = c / drainRate;
        return new QueueFigures(n, c, 0.0, serviceLevel, serviceLevel, serviceLevel, asa, a / n,
                serviceLevel, 0.0);
    }

    private static void requireLoad(double erlangs) {
        if (!(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("erlangs must be a finite number >= 0, was " + erlangs);
        }
    }

    private static void requireAgents(int agents) {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be >= 1, was " + agents);
        }
    }
}
