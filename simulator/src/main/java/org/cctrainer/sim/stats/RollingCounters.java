package org.cctrainer.sim.stats;

/**
 * Tallies over the last {@code minutes} minutes, kept as a ring of one-minute buckets
 * attributed by the time an outcome happened. A window of w minutes sums the current
 * (partial) minute and the w − 1 before it, so it covers between w − 1 and w minutes.
 */
public final class RollingCounters {
    private final Counters[] buckets;
    private long currentMinute = 0;
    /** Start of the next minute: most updates land before it and skip the division. */
    private double nextMinuteStart = 60;

    public RollingCounters(int minutes) {
        buckets = new Counters[minutes];
        for (int i = 0; i < minutes; i++) {
            buckets[i] = new Counters();
        }
    }

    /** The bucket to add to at virtual time {@code t}; older buckets roll off as time moves on. */
    public Counters at(double t) {
        if (t >= nextMinuteStart) {
            advanceTo((long) (t / 60));
        }
        return buckets[(int) (currentMinute % buckets.length)];
    }

    /**
     * Spreads agent time over [from, to) across the minute buckets it covers (those still kept):
     * occupancy over a window needs busy and staffed seconds per minute.
     */
    public void addAgentTime(double from, double to, boolean busy) {
        if (!(to > from)) {
            return;
        }
        if (to >= nextMinuteStart) {
            advanceTo((long) (to / 60));
        }
        double minuteStart = nextMinuteStart - 60;
        if (from >= minuteStart) {
            // The whole span is in the current minute: the common case.
            Counters bucket = buckets[(int) (currentMinute % buckets.length)];
            bucket.staffedSeconds += to - from;
            if (busy) {
                bucket.busySeconds += to - from;
            }
            return;
        }
        long oldestKept = currentMinute - buckets.length + 1;
        long minute = Math.max((long) (from / 60), oldestKept);
        for (; minute <= currentMinute; minute++) {
            double seconds = Math.min(to, (minute + 1) * 60.0) - Math.max(from, minute * 60.0);
            if (seconds > 0) {
                Counters bucket = buckets[(int) (minute % buckets.length)];
                bucket.staffedSeconds += seconds;
                if (busy) {
                    bucket.busySeconds += seconds;
                }
            }
        }
    }

    private void advanceTo(long minute) {
        if (minute > currentMinute) {
            long steps = Math.min(minute - currentMinute, buckets.length);
            for (long i = 1; i <= steps; i++) {
                buckets[(int) ((currentMinute + i) % buckets.length)].reset();
            }
            currentMinute = minute;
            nextMinuteStart = (minute + 1) * 60.0;
        }
    }

    /**
     * Sum over the last {@code minutes} minutes ending at {@code t}. Windows end at the latest
     * minute recorded, so {@code t} is "now": never earlier than the last update.
     */
    public Counters window(double t, int minutes) {
        if (minutes > buckets.length) {
            throw new IllegalArgumentException("window of " + minutes + " min exceeds the " + buckets.length + " kept");
        }
        advanceTo((long) (t / 60));
        Counters sum = new Counters();
        for (int i = 0; i < minutes && i <= currentMinute; i++) {
            sum.add(buckets[(int) ((currentMinute - i) % buckets.length)]);
        }
        return sum;
    }
}
