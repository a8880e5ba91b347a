package org.cctrainer.backend.bench;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * A small log-linear histogram of non-negative values (microseconds here), safe to record into
 * from several threads: values below 64 are exact, above that each power of two is cut into 32
 * buckets, so a reported percentile is within about 3% of the true one. The count, mean and max
 * are exact. HdrHistogram is not on the class path; this is all the benchmarks need.
 */
public final class LatencyStats {
    private static final int SUB_BITS = 5;
    private static final int SUB = 1 << SUB_BITS;
    private static final int LINEAR = 2 * SUB;
    private static final int BUCKETS = LINEAR + (63 - SUB_BITS - 1) * SUB;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final LongAdder count = new LongAdder();
    private final LongAdder sum = new LongAdder();
    private final LongAccumulator max = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private final LongAccumulator min = new LongAccumulator(Math::min, Long.MAX_VALUE);
    /** Values below zero (clock steps between processes): counted as zero, and counted here. */
    private final LongAdder negative = new LongAdder();

    public void record(long value) {
        if (value < 0) {
            negative.increment();
            value = 0;
        }
        counts.incrementAndGet(index(value));
        count.increment();
        sum.add(value);
        max.accumulate(value);
        min.accumulate(value);
    }

    static int index(long value) {
        if (value < LINEAR) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int sub = (int) (value >>> (exponent - SUB_BITS)) & (SUB - 1);
        return LINEAR + (exponent - SUB_BITS - 1) * SUB + sub;
    }

    /** The smallest value that falls in bucket {@code index}. */
    static long lowest(int index) {
        if (index < LINEAR) {
            return index;
        }
        int exponent = (index - LINEAR) / SUB + SUB_BITS + 1;
        int sub = (index - LINEAR) % SUB;
        return ((long) (SUB + sub)) << (exponent - SUB_BITS);
    }

    /** The middle of bucket {@code index}: what a percentile falling in it is reported as. */
    static long middle(int index) {
        if (index < LINEAR) {
            return index;
        }
        long low = lowest(index);
        long high = index + 1 < BUCKETS ? lowest(index + 1) : Long.MAX_VALUE;
        return low + (high - low) / 2;
    }

    public long count() {
        return count.sum();
    }

    public long negatives() {
        return negative.sum();
    }

    public double mean() {
        long n = count();
        return n == 0 ? Double.NaN : (double) sum.sum() / n;
    }

    public long max() {
        return count() == 0 ? -1 : max.get();
    }

    public long min() {
        return count() == 0 ? -1 : min.get();
    }

    /** The value below which a fraction {@code q} (0–1) of the recorded values lie; -1 when empty. */
    public long percentile(double q) {
        long n = count();
        if (n == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(middle(i), max.get());
            }
        }
        return max.get();
    }

    /** Adds another histogram's values into this one (not atomic against concurrent recording into {@code other}). */
    public void add(LatencyStats other) {
        for (int i = 0; i < BUCKETS; i++) {
            long c = other.counts.get(i);
            if (c != 0) {
                counts.addAndGet(i, c);
            }
        }
        count.add(other.count.sum());
        sum.add(other.sum.sum());
        negative.add(other.negative.sum());
        if (other.count() > 0) {
            max.accumulate(other.max.get());
            min.accumulate(other.min.get());
        }
    }

    /** p50/p90/p99/max in milliseconds, as a benchmark prints them. */
    public String summaryMillis() {
        if (count() == 0) {
            return "no samples";
        }
        return String.format("p50 %s  p90 %s  p99 %s  max %s ms  (n=%d)", ms(percentile(0.5)), ms(percentile(0.9)),
                ms(percentile(0.99)), ms(max()), count());
    }

    static String ms(long micros) {
        return micros < 0 ? "-" : String.format("%.1f", micros / 1000.0);
    }
}
