package org.cctrainer.sim.erlang;

/**
 * The regularised incomplete beta I_x(m, b) for m = 1, 2, 3, … in turn, with x = 1 − e^{−s}: what
 * Erlang A needs for every queue position j at once (m = j + 1).
 *
 * <p>It uses the negative-binomial identity I_x(m + 1, b) = 1 − Σ_{i=0..m} T_i with
 * T_i = x^i (1−x)^b Γ(i+b) / (i! Γ(b)), so each step adds one term: T_0 = (1−x)^b and
 * T_i = T_{i−1} · x · (i − 1 + b) / i. The terms are kept as logarithms with a running log-sum-exp
 * because T_0 = e^{−b·s} underflows whenever b·s passes ~745, e.g. an email queue with a four-hour
 * threshold and two thousand agents; log(1 − x) = −s exactly, so nothing is lost taking logs.
 * Each rung adds a rounded log-ratio, so after ~10^5 rungs the result carries ~1e−11 of absolute
 * error: invisible in a service level, but tiny probabilities bottom out there rather than at 0.
 */
final class BetaLadder {

    private final double b;
    private final double logX;
    private final LogWalk logTerm;
    private double logSum;
    private int i;

    /**
     * @param b the second shape parameter, &gt; 0
     * @param s −log(1 − x), &ge; 0; s = 0 gives x = 0 and so I = 0 at every rung
     */
    BetaLadder(double b, double s) {
        this.b = b;
        this.logX = s == 0 ? Double.NEGATIVE_INFINITY : log1mExp(s);
        this.logTerm = new LogWalk(-b * s);
        this.logSum = -b * s;
    }

    /** I_x(m, b) for the next m, starting at m = 1. */
    double next() {
        if (logX == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double value = Math.min(1.0, Math.max(0.0, -Math.expm1(logSum)));
        i++;
        logTerm.add(logX);
        logTerm.add(Math.log1p((b - 1.0) / i));
        logSum = logAddExp(logSum, logTerm.value());
        return value;
    }

    /** log(1 − e^{−s}) for s &gt; 0, by whichever of the two forms keeps its precision (Mächler 2012). */
    static double log1mExp(double s) {
        return s > Math.log(2) ? Math.log1p(-Math.exp(-s)) : Math.log(-Math.expm1(-s));
    }

    /** log(e^p + e^q) without overflow, and without NaN when either is −∞. */
    static double logAddExp(double p, double q) {
        double hi = Math.max(p, q);
        if (hi == Double.NEGATIVE_INFINITY) {
            return hi;
        }
        return hi + Math.log1p(Math.exp(Math.min(p, q) - hi));
    }
}
