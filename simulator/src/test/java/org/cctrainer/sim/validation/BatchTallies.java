package org.cctrainer.sim.validation;

import java.util.function.IntToDoubleFunction;

/**
 * Per-batch counts of what became of the contacts that arrived in each batch, and agent busy and
 * staffed seconds per batch of clock time. Every statistic is a ratio of two of these sums, so
 * merging neighbouring batches ({@link #coarsen}) is exact.
 */
final class BatchTallies {
    final long[] offered;
    final long[] waited;
    final long[] answered;
    final long[] answeredWithin;
    final long[] abandoned;
    final long[] abandonedShort;
    final double[] waitOfAnsweredSum;
    final double[] busySeconds;
    final double[] staffedSeconds;

    BatchTallies(int batches) {
        offered = new long[batches];
        waited = new long[batches];
        answered = new long[batches];
        answeredWithin = new long[batches];
        abandoned = new long[batches];
        abandonedShort = new long[batches];
        waitOfAnsweredSum = new double[batches];
        busySeconds = new double[batches];
        staffedSeconds = new double[batches];
    }

    int batches() {
        return offered.length;
    }

    /** The same span in batches {@code factor} times as long: batch i sums batches factor·i … factor·i + factor − 1. */
    BatchTallies coarsen(int factor) {
        if (factor < 1 || batches() % factor != 0) {
            throw new IllegalArgumentException(batches() + " batches cannot be merged " + factor + " at a time");
        }
        BatchTallies merged = new BatchTallies(batches() / factor);
        for (int b = 0; b < batches(); b++) {
            int m = b / factor;
            merged.offered[m] += offered[b];
            merged.waited[m] += waited[b];
            merged.answered[m] += answered[b];
            merged.answeredWithin[m] += answeredWithin[b];
            merged.abandoned[m] += abandoned[b];
            merged.abandonedShort[m] += abandonedShort[b];
            merged.waitOfAnsweredSum[m] += waitOfAnsweredSum[b];
            merged.busySeconds[m] += busySeconds[b];
            merged.staffedSeconds[m] += staffedSeconds[b];
        }
        return merged;
    }

    /** All batches as one: the pooled tallies of the whole measured span. */
    BatchTallies pooled() {
        return coarsen(batches());
    }

    BatchMeans perBatch(String name, IntToDoubleFunction statistic) {
        double[] values = new double[batches()];
        for (int b = 0; b < values.length; b++) {
            values[b] = statistic.applyAsDouble(b);
        }
        return new BatchMeans(name, values);
    }

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
