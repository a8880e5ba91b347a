package org.cctrainer.sim.erlang;

/**
 * An independent, slow Erlang A for tests. It shares no formula with {@link ErlangA}: the chain comes
 * from detailed balance λ·p_{k−1} = (min(k,n)μ + (k−n)⁺θ)·p_k in plain doubles, pAbandon from the
 * rate balance λ·P(Ab) = θ·E[queue length] (Mandelbaum &amp; Zeltyn, "The Palm/Erlang-A Queue",
 * §4.6), and every waiting-time figure from integrating the
 * forward equations of one tagged arrival's own Markov chain with RK4, straight from the model's
 * definition (while i are ahead: advance at nμ + iθ, abandon at θ). Only for small n (a^k/k! must
 * fit in a double).
 */
final class BruteForceErlangA {

    record Result(double pWait, double pAbandon, double answeredWithin, double abandonedWithin,
                  double abandonedWithinShort, double asaSeconds, double answeredEventually) {
    }

    private final double nMu;
    private final double theta;
    private final int positions;

    private BruteForceErlangA(double nMu, double theta, int positions) {
        this.nMu = nMu;
        this.theta = theta;
        this.positions = positions;
    }

    static Result solve(QueueModel m) {
        int n = m.agents();
        double lambda = m.arrivalRatePerSecond();
        double mu = m.serviceRatePerSecond();
        double theta = m.abandonmentRatePerSecond();

        // The chain, truncated where the states have become vanishingly unlikely.
        double[] p = new double[n + 200_000];
        p[0] = 1;
        double max = 1;
        int last = 0;
        for (int k = 1; k < p.length; k++) {
            p[k] = p[k - 1] * lambda / (Math.min(k, n) * mu + Math.max(k - n, 0) * theta);
            max = Math.max(max, p[k]);
            last = k;
            if (k > n && p[k] < 1e-22 * max && p[k] < p[k - 1]) {
                break;
            }
        }
        double total = 0;
        for (int k = 0; k <= last; k++) {
            total += p[k];
        }
        double head = 0, pWait = 0, meanQueue = 0;
        for (int k = 0; k <= last; k++) {
            p[k] /= total;
            if (k < n) {
                head += p[k];
            } else {
                pWait += p[k];
                meanQueue += (k - n) * p[k];
            }
        }
        double pAbandon = theta * meanQueue / lambda;

        // The tagged arrival: y[i] = P(still queued with i ahead), then served S, abandoned A and
        // M = ∫ t dS(t), all started from what PASTA says the arrival sees.
        int positions = last - n + 1;
        BruteForceErlangA chain = new BruteForceErlangA(n * mu, theta, positions);
        double[] y = new double[positions + 3];
        System.arraycopy(p, n, y, 0, positions);
        double tShort = m.shortAbandonSeconds();
        double tT = m.thresholdSeconds();
        double h = Math.min(0.01, 0.05 / (n * mu + (positions + 1) * theta));
        double now = chain.advance(y, 0, Math.min(tShort, tT), h);
        double abandonedShort = tShort <= tT ? y[positions + 1] : Double.NaN;
        now = chain.advance(y, now, tT, h);
        double answeredWithin = head + y[positions];
        double abandonedWithin = y[positions + 1];
        if (tShort > tT) {
            now = chain.advance(y, now, tShort, h);
            abandonedShort = y[positions + 1];
        }
        while (queued(y, positions) > 1e-15) {
            now = chain.advance(y, now, now + 50, h);
        }
        double served = y[positions];
        double asa = y[positions + 2] / (head + served);
        return new Result(pWait, pAbandon, answeredWithin, abandonedWithin, abandonedShort, asa, head + served);
    }

    private static double queued(double[] y, int positions) {
        double s = 0;
        for (int i = 0; i < positions; i++) {
            s += y[i];
        }
        return s;
    }

    /** RK4 from t0 to t1 in equal steps no longer than hMax; returns t1. */
    private double advance(double[] y, double t0, double t1, double hMax) {
        if (t1 <= t0) {
            return t0;
        }
        int steps = (int) Math.ceil((t1 - t0) / hMax);
        double h = (t1 - t0) / steps;
        int len = y.length;
        double[] k1 = new double[len], k2 = new double[len], k3 = new double[len], k4 = new double[len];
        double[] tmp = new double[len];
        for (int s = 0; s < steps; s++) {
            double t = t0 + s * h;
            derivative(t, y, k1);
            for (int i = 0; i < len; i++) {
                tmp[i] = y[i] + h / 2 * k1[i];
            }
            derivative(t + h / 2, tmp, k2);
            for (int i = 0; i < len; i++) {
                tmp[i] = y[i] + h / 2 * k2[i];
            }
            derivative(t + h / 2, tmp, k3);
            for (int i = 0; i < len; i++) {
                tmp[i] = y[i] + h * k3[i];
            }
            derivative(t + h, tmp, k4);
            for (int i = 0; i < len; i++) {
                y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return t1;
    }

    private void derivative(double t, double[] y, double[] dy) {
        double queued = 0;
        for (int i = 0; i < positions; i++) {
            double out = (nMu + i * theta) + theta;                  // advance + own abandonment
            double in = i + 1 < positions ? (nMu + (i + 1) * theta) * y[i + 1] : 0; // the one behind advancing
            dy[i] = in - out * y[i];
            queued += y[i];
        }
        dy[positions] = nMu * y[0];                  // reached an agent
        dy[positions + 1] = theta * queued;          // gave up
        dy[positions + 2] = t * nMu * y[0];          // wait-weighted answers, for the mean
    }
}
