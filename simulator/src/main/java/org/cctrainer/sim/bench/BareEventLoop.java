package org.cctrainer.sim.bench;

import org.cctrainer.sim.random.RandomStream;

/**
 * The yardstick: the smallest hand-written event loop for one M/M/n+M queue (primitive-array
 * heap, ring-buffer FIFO, lazily cancelled abandonments). It has none of the simulator's
 * features; the benchmark reports how close the full simulator comes to it on W1.
 */
final class BareEventLoop {
    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int ABANDON = 2;

    private double[] times = new double[1 << 12];
    private long[] payloads = new long[1 << 12];
    private int size;

    record Result(long events, long answered, long abandoned, long answeredWithin) {
    }

    Result run(double arrivalsPerHour, double aht, double patience, int agents, double threshold, double hours,
               long seed) {
        RandomStream arrivals = new RandomStream(seed);
        RandomStream service = new RandomStream(seed + 1);
        RandomStream impatience = new RandomStream(seed + 2);
        double meanGap = 3600 / arrivalsPerHour;
        double end = hours * 3600;
        int capacity = 1 << 16;
        double[] arrivedAt = new double[capacity];
        boolean[] gone = new boolean[capacity];
        int head = 0;
        int tail = 0;
        int free = agents;
        long events = 0;
        long answered = 0;
        long abandoned = 0;
        long within = 0;
        push(arrivals.nextExponential(meanGap), ARRIVAL);
        while (size > 0) {
            double now = times[0];
            long payload = payloads[0];
            pop();
            events++;
            int type = (int) (payload & 3);
            if (type == ARRIVAL) {
                if (now + 0 < end) {
                    double next = now + arrivals.nextExponential(meanGap);
                    if (next < end) {
                        push(next, ARRIVAL);
                    }
                }
                if (free > 0) {
                    free--;
                    answered++;
                    within++;
                    push(now + service.nextExponential(aht), DEPARTURE);
                } else {
                    int slot = tail & (capacity - 1);
                    arrivedAt[slot] = now;
                    gone[slot] = false;
                    push(now + impatience.nextExponential(patience), ABANDON | ((long) tail << 2));
                    tail++;
                }
            } else if (type == DEPARTURE) {
                while (head < tail && gone[head & (capacity - 1)]) {
                    head++;
                }
                if (head < tail) {
                    int slot = head & (capacity - 1);
                    gone[slot] = true;
                    head++;
                    answered++;
                    if (now - arrivedAt[slot] <= threshold) {
                        within++;
                    }
                    push(now + service.nextExponential(aht), DEPARTURE);
                } else {
                    free++;
                }
            } else {
                int customer = (int) (payload >>> 2);
                int slot = customer & (capacity - 1);
                if (customer >= head && !gone[slot]) {
                    gone[slot] = true;
                    abandoned++;
                }
            }
        }
        return new Result(events, answered, abandoned, within);
    }

    private void push(double time, long payload) {
        if (size == times.length) {
            times = java.util.Arrays.copyOf(times, size * 2);
            payloads = java.util.Arrays.copyOf(payloads, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (times[parent] <= time) {
                break;
            }
            times[i] = times[parent];
            payloads[i] = payloads[parent];
            i = parent;
        }
        times[i] = time;
        payloads[i] = payload;
    }

    private void pop() {
        double time = times[--size];
        long payload = payloads[size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && times[child + 1] < times[child]) {
                child++;
            }
            if (times[child] >= time) {
                break;
            }
            times[i] = times[child];
            payloads[i] = payloads[child];
            i = child;
        }
        times[i] = time;
        payloads[i] = payload;
    }
}
