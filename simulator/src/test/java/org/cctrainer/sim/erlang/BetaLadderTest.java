package org.cctrainer.sim.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the incomplete-beta ladder I_x(m, b), m = 1, 2, 3, …")
class BetaLadderTest {

    @Test
    @DisplayName("matches the closed forms I_x(1, b) = 1 − (1−x)^b and I_x(m, 1) = x^m")
    void closedForms() {
        for (double s : new double[] {1e-6, 0.01, 0.7, 3, 40}) {
            double x = -Math.expm1(-s);
            for (double b : new double[] {0.05, 1, 2.5, 300}) {
                // (1 − x)^b = e^{−b·s}, written so that 1 − x does not round to 0 at s = 40.
                assertEquals(-Math.expm1(-b * s), new BetaLadder(b, s).next(), 1e-13, "b=" + b + " s=" + s);
            }
            BetaLadder unitB = new BetaLadder(1, s);
            for (int m = 1; m <= 30; m++) {
                assertEquals(Math.pow(x, m), unitB.next(), 1e-13, "m=" + m + " s=" + s);
            }
        }
    }

    @Test
    @DisplayName("matches numerical integration of the beta density")
    void matchesQuadrature() {
        double b = 3.7, s = 0.9, x = -Math.expm1(-s);
        BetaLadder ladder = new BetaLadder(b, s);
        for (int m = 1; m <= 12; m++) {
            int mm = m;
            double norm = simpson(t -> Math.pow(t, mm - 1) * Math.pow(1 - t, b - 1), 0, 1 - 1e-12);
            double part = simpson(t -> Math.pow(t, mm - 1) * Math.pow(1 - t, b - 1), 0, x);
            assertEquals(part / norm, ladder.next(), 1e-9, "m=" + m);
        }
    }

    @Test
    @DisplayName("tends to the Poisson tail when b is huge and x tiny (the almost-infinite-patience case)")
    void poissonLimit() {
        // NegBin(b, x) with b·x/(1−x) = 10 and b → ∞ is Poisson(10), and I_x(m+1, b) = P(N > m).
        double b = 1e9, s = Math.log1p(10 / b);
        BetaLadder ladder = new BetaLadder(b, s);
        double pmf = Math.exp(-10), cdf = 0;
        for (int m = 0; m < 40; m++) {
            cdf += pmf;
            pmf *= 10.0 / (m + 1);
            assertEquals(1 - cdf, ladder.next(), 1e-7, "m=" + m);
        }
    }

    @Test
    @DisplayName("stays finite and monotone where (1−x)^b underflows to zero")
    void survivesUnderflow() {
        // T_0 = e^{−b·s} = e^{−100000}: far below the smallest double. NegBin mean b(e^s − 1) ≈ 171,828.
        double b = 100_000, s = 1;
        BetaLadder ladder = new BetaLadder(b, s);
        double mean = b * Math.expm1(s), sd = Math.sqrt(mean * Math.exp(s));
        double last = 1;
        for (int m = 1; m <= (int) (mean + 12 * sd); m++) {
            double value = ladder.next();
            assertTrue(value >= 0 && value <= last, "m=" + m + " gave " + value);
            if (m == (int) (mean - 6 * sd)) {
                assertEquals(1.0, value, 1e-6);
            }
            if (m == (int) mean + 1) {
                assertEquals(0.5, value, 0.01); // roughly the median
            }
            last = value;
        }
        // The true tail here is ~1e-30; 10^5 rungs of rounded log-ratios leave ~1e-11 of dust.
        assertEquals(0.0, last, 1e-10);
    }

    @Test
    @DisplayName("s = 0 means x = 0, so nothing has happened by time zero")
    void zeroTime() {
        BetaLadder ladder = new BetaLadder(5, 0);
        for (int m = 1; m <= 5; m++) {
            assertEquals(0.0, ladder.next(), 0.0);
        }
    }

    private static double simpson(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        int n = 200_000;
        double h = (hi - lo) / n, sum = f.applyAsDouble(lo) + f.applyAsDouble(hi);
        for (int i = 1; i < n; i++) {
            sum += f.applyAsDouble(lo + i * h) * (i % 2 == 0 ? 2 : 4);
        }
        return sum * h / 3;
    }
}
