package org.cctrainer.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cctrainer.sim.random.RandomStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The batch-means arithmetic behind the Erlang agreement tolerances")
class BatchMeansTest {

    @Test
    @DisplayName("Student t critical values match the printed tables")
    void studentTQuantiles() {
        // Two-sided 99.9% with 19 df: the multiplier ErlangAgreementTest uses.
        assertEquals(3.8834, StudentT.twoSided(0.999, 19), 5e-4);
        assertEquals(2.0930, StudentT.twoSided(0.95, 19), 5e-4);
        assertEquals(12.7062, StudentT.twoSided(0.95, 1), 5e-4);
        assertEquals(2.8609, StudentT.quantile(0.995, 19), 5e-4);
        assertEquals(1.95996, StudentT.twoSided(0.95, 1e7), 1e-4, "large df: the normal quantile");
        assertEquals(0.5, StudentT.cdf(0, 7), 1e-15);
        assertEquals(-StudentT.quantile(0.9, 5), StudentT.quantile(0.1, 5), 1e-9);
    }

    @Test
    @DisplayName("the standard error is the batch values' sample s.d. over √B")
    void standardError() {
        BatchMeans b = new BatchMeans("x", new double[] {1, 2, 3, 4, 5});
        assertEquals(3, b.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), b.standardDeviation(), 1e-15);
        assertEquals(Math.sqrt(2.5) / Math.sqrt(5), b.standardError(), 1e-15);
        assertEquals(StudentT.twoSided(0.999, 4) * b.standardError(), b.halfWidth(0.999), 1e-12);
    }

    @Test
    @DisplayName("lag-1 autocorrelation: near −1 for alternation, 0 for a constant, φ for an AR(1) series")
    void lag1Autocorrelation() {
        double[] alternating = new double[20];
        for (int i = 0; i < alternating.length; i++) {
            alternating[i] = i % 2 == 0 ? 1 : -1;
        }
        assertEquals(-0.95, new BatchMeans("alt", alternating).lag1Autocorrelation(), 1e-12);
        assertEquals(0, new BatchMeans("flat", new double[] {2, 2, 2, 2}).lag1Autocorrelation());
        RandomStream random = new RandomStream(7);
        double[] ar = new double[20_000];
        for (int i = 1; i < ar.length; i++) {
            ar[i] = 0.8 * ar[i - 1] + random.nextGaussian();
        }
        assertEquals(0.8, new BatchMeans("ar1", ar).lag1Autocorrelation(), 0.02);
    }

    @Test
    @DisplayName("an empty batch (a ratio of 0 ÷ 0) is refused rather than averaged")
    void refusesEmptyBatches() {
        assertThrows(IllegalArgumentException.class, () -> new BatchMeans("x", new double[] {1, Double.NaN, 2}));
        assertThrows(IllegalArgumentException.class, () -> new BatchMeans("x", new double[] {1, 2}));
    }
}
