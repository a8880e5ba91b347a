package org.cctrainer.sim.engine;

import java.util.Arrays;

/**
 * The discrete-event core: a virtual clock and an event calendar ordered by
 * (time, priority, scheduling sequence). The sequence tie-break is what makes runs
 * reproducible. Nothing here reads the wall clock; real-time pacing lives outside.
 *
 * <p>The calendar is a binary heap over parallel primitive arrays (time, priority and
 * sequence packed in one long), so comparisons never leave the arrays: this is the hot path
 * of every run. Cancelling is lazy: the event forgets its entry, and a stale entry is dropped
 * when it reaches the top. An event has at most one live entry, so double booking fails fast.
 */
public final class EventScheduler {
    private static final int PRIORITY_SHIFT = 56;
    private static final long SEQUENCE_MASK = (1L << PRIORITY_SHIFT) - 1;

    private double[] times = new double[1024];
    private long[] orders = new long[1024];
    private Event[] events = new Event[1024];
    private int size;
    private int live;
    private double now;
    private long nextSequence;
    private long eventsProcessed;

    public double now() {
        return now;
    }

    public long eventsProcessed() {
        return eventsProcessed;
    }

    public int pendingEvents() {
        return live;
    }

    /** Time of the next event, or +infinity when the calendar is empty. */
    public double peekNextTime() {
        dropStaleTop();
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    public void schedule(Event event, double time) {
        schedule(event, time, Event.PRIORITY_NORMAL);
    }

    /** Schedules {@code event} at {@code time}; fails fast on the past, NaN, or a double booking. */
    public void schedule(Event event, double time, int priority) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("cannot schedule at " + time + ": the clock is at " + now);
        }
        if (event.liveSequence >= 0) {
            throw new IllegalStateException("event already scheduled at " + event.time + ": " + event);
        }
        if (priority < 0 || priority > 127) {
            throw new IllegalArgumentException("priority must be 0–127, got " + priority);
        }
        long sequence = nextSequence++;
        event.liveSequence = sequence;
        event.time = time;
        live++;
        push(time, ((long) priority << PRIORITY_SHIFT) | sequence, event);
    }

    /** Moves an already scheduled event, or schedules it if it was not. */
    public void reschedule(Event event, double time) {
        cancel(event);
        schedule(event, time);
    }

    /** Takes the event off the calendar; does nothing if it is not scheduled. */
    public void cancel(Event event) {
        if (event.liveSequence >= 0) {
            event.liveSequence = -1;
            live--;
        }
    }

    /** Runs the next event. Returns false when the calendar is empty. */
    public boolean step() {
        dropStaleTop();
        if (size == 0) {
            return false;
        }
        Event next = events[0];
        now = times[0];
        pop();
        next.liveSequence = -1;
        live--;
        eventsProcessed++;
        next.fire();
        return true;
    }

    /** Runs every event with time ≤ {@code until}, then sets the clock to {@code until}. */
    public void runUntil(double until) {
        if (until < now) {
            throw new IllegalArgumentException("cannot run back to " + until + ": the clock is at " + now);
        }
        while (true) {
            dropStaleTop();
            if (size == 0 || times[0] > until) {
                break;
            }
            step();
        }
        now = until;
    }

    private void dropStaleTop() {
        while (size > 0 && events[0].liveSequence != (orders[0] & SEQUENCE_MASK)) {
            pop();
        }
    }

    private void push(double time, long order, Event event) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            orders = Arrays.copyOf(orders, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            double parentTime = times[parent];
            if (parentTime < time || (parentTime == time && orders[parent] < order)) {
                break;
            }
            times[i] = parentTime;
            orders[i] = orders[parent];
            events[i] = events[parent];
            i = parent;
        }
        times[i] = time;
        orders[i] = order;
        events[i] = event;
    }

    /** Removes the top entry. */
    private void pop() {
        int last = --size;
        double time = times[last];
        long order = orders[last];
        Event event = events[last];
        events[last] = null;
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && (times[right] < times[child]
                    || (times[right] == times[child] && orders[right] < orders[child]))) {
                child = right;
            }
            double childTime = times[child];
            if (time < childTime || (time == childTime && order < orders[child])) {
                break;
            }
            times[i] = childTime;
            orders[i] = orders[child];
            events[i] = events[child];
            i = child;
        }
        if (size > 0) {
            times[i] = time;
            orders[i] = order;
            events[i] = event;
        }
    }
}
