package org.cctrainer.sim.random;

/**
 * A reproducible stream of random numbers (xoshiro256**, seeded through SplitMix64).
 * Written out rather than taken from the JDK so a recorded seed replays the same day on
 * any Java version.
 */
public final class RandomStream {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareNormal = Double.NaN;

    public RandomStream(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    /** SplitMix64's finaliser: a strong 64-bit mixing function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in (0, 1]: safe to take the logarithm of. */
    public double nextOpenDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    public boolean nextBoolean(double probability) {
        return nextDouble() < probability;
    }

    /** Exponential with the given mean. */
    public double nextExponential(double mean) {
        return -mean * Math.log(nextOpenDouble());
    }

    /** Standard normal, by the polar Box–Muller method (keeps the second value). */
    public double nextGaussian() {
        if (!Double.isNaN(spareNormal)) {
            double value = spareNormal;
            spareNormal = Double.NaN;
            return value;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareNormal = v * factor;
        return u * factor;
    }
}
