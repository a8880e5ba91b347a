package org.cctrainer.backend.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per key (a trainee's credential, a remote address): {@code burst} at once, then
 * {@code perSecond}. The map is bounded (least recently used keys are forgotten), so a flood of
 * new keys cannot exhaust memory. Thread-safe.
 */
public final class RateLimiter {
    private static final int MAX_KEYS = 10_000;
    private final double perSecond;
    private final double burst;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public RateLimiter(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one token for {@code key} at {@code nanos}; false when the bucket is empty. */
    public synchronized boolean allow(String key, long nanos) {
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {burst, nanos});
        double seconds = (nanos - bucket[1]) / 1e9;
        bucket[0] = Math.min(burst, bucket[0] + seconds * perSecond);
        bucket[1] = nanos;
        if (bucket[0] < 1) {
            return false;
        }
        bucket[0] -= 1;
        return true;
    }
}
