package org.cctrainer.sim.validation;

import java.util.Arrays;

/**
 * The values one statistic takes in consecutive batches of a single long run, and what the method
 * of batch means makes of them: if the batches are long enough to be nearly independent, their
 * values are roughly i.i.d. normal and s/√B is the standard error of their mean (and, to first
 * order, of the pooled ratio over the whole run). The lag-1 autocorrelation of the batch values
 * is the usual check that the batches are long enough.
 */
final class BatchMeans {
    private final String name;
    private final double[] values;

    BatchMeans(String name, double[] values) {
        if (values.length < 3) {
            throw new IllegalArgumentException("batch means need at least 3 batches, got " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + ": a batch has no finite value " + Arrays.toString(values)
                        + " (an empty batch? lengthen the batches)");
            }
        }
        this.name = name;
        this.values = values.clone();
    }

    String name() {
        return name;
    }

    int batches() {
        return values.length;
    }

    double[] values() {
        return values.clone();
    }

    double mean() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample standard deviation of the batch values (divisor B − 1). */
    double standardDeviation() {
        double mean = mean();
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** s / √B. */
    double standardError() {
        return standardDeviation() / Math.sqrt(values.length);
    }

    /** t_{B−1} critical value × s/√B: the half-width of a two-sided interval at {@code confidence}. */
    double halfWidth(double confidence) {
        return StudentT.twoSided(confidence, values.length - 1) * standardError();
    }

    /**
     * r₁ = Σ (x_i − x̄)(x_{i+1} − x̄) ÷ Σ (x_i − x̄)²; 0 when every batch has the same value
     * (nothing varies, so nothing is correlated).
     */
    double lag1Autocorrelation() {
        double mean = mean();
        double num = 0;
        double den = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - mean;
            den += d * d;
            if (i + 1 < values.length) {
                num += d * (values[i + 1] - mean);
            }
        }
        return den == 0 ? 0 : num / den;
    }
}
