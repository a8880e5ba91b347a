package org.cctrainer.sim.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEventListener;

/**
 * A listener that splits a measured span [from, to) into equal batches and tallies, per batch, the
 * fate of every contact that ARRIVED in it, whenever that fate came (a contact arriving just before
 * a batch boundary may be answered in the next batch, but counts in its own), plus agent busy and
 * staffed time per batch of clock time, for occupancy.
 *
 * <p>Built for the single-queue what-if only. There contact ids increase with arrival time, so a
 * batch is a range of ids and only the first id of each batch is kept (memory does not grow with
 * the run). Anything the M/M/n(+M) model has no room for (a repeat, a callback, a blocked or
 * deflected contact, ids out of order) is recorded as a surprise for the test to fail on.
 */
final class BatchCollector implements SimEventListener {
    private final double from;
    private final double to;
    private final int batches;
    private final double width;
    private final double thresholdSeconds;
    private final double shortAbandonSeconds;
    private final BatchTallies tallies;

    /**
     * firstId[b] = id of the first contact arriving in batch b or later (Long.MAX_VALUE until one
     * has); firstId[batches] is the first to arrive at or after {@code to}. Non-decreasing.
     */
    private final long[] firstId;
    private int batchesOpened;
    private long lastArrivalId;

    private double lastT;
    private int busyAgents;
    private int staffedAgents;
    private final List<String> surprises = new ArrayList<>();

    BatchCollector(double from, double to, int batches, double thresholdSeconds, double shortAbandonSeconds) {
        if (!(to > from) || batches < 2) {
            throw new IllegalArgumentException("need from < to and at least 2 batches");
        }
        this.from = from;
        this.to = to;
        this.batches = batches;
        this.width = (to - from) / batches;
        this.thresholdSeconds = thresholdSeconds;
        this.shortAbandonSeconds = shortAbandonSeconds;
        this.tallies = new BatchTallies(batches);
        this.firstId = new long[batches + 1];
        Arrays.fill(firstId, Long.MAX_VALUE);
    }

    /** The tallies; complete once the measured contacts are drained and {@link #advance} has reached {@code to}. */
    BatchTallies tallies() {
        return tallies;
    }

    /** What the M/M/n(+M) model has no room for (the first few); empty for a faithful run. */
    List<String> surprises() {
        return List.copyOf(surprises);
    }

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.ContactArrived e) {
            arrived(e);
        } else if (event instanceof SimEvent.ContactQueued e) {
            int b = batchOf(e.contact());
            if (b >= 0) {
                tallies.waited[b]++;
            }
        } else if (event instanceof SimEvent.ContactAnswered e) {
            if (e.callback()) {
                surprise(e);
            }
            int b = batchOf(e.contact());
            if (b >= 0) {
                tallies.answered[b]++;
                if (e.waitSeconds() <= thresholdSeconds) {
                    tallies.answeredWithin[b]++;
                }
                tallies.waitOfAnsweredSum[b] += e.waitSeconds();
            }
        } else if (event instanceof SimEvent.ContactAbandoned e) {
            int b = batchOf(e.contact());
            if (b >= 0) {
                tallies.abandoned[b]++;
                if (e.waitSeconds() <= shortAbandonSeconds) {
                    tallies.abandonedShort[b]++;
                }
            }
        } else if (event instanceof SimEvent.AgentStateChanged e) {
            advance(e.t());
            busyAgents += (e.to().busy() ? 1 : 0) - (e.from().busy() ? 1 : 0);
            staffedAgents += (e.to().onThePhones() ? 1 : 0) - (e.from().onThePhones() ? 1 : 0);
        } else if (!(event instanceof SimEvent.ContactCompleted)) {
            surprise(event);
        }
    }

    private void arrived(SimEvent.ContactArrived e) {
        if (e.origin() != SimEvent.Origin.NEW || e.contact() <= lastArrivalId) {
            surprise(e);
        }
        lastArrivalId = e.contact();
        if (e.t() < from) {
            return;
        }
        // Batches [batchesOpened, b] begin with this contact (those skipped had no arrivals).
        int b = e.t() >= to ? batches : Math.min(batches - 1, (int) ((e.t() - from) / width));
        for (; batchesOpened <= b; batchesOpened++) {
            firstId[batchesOpened] = e.contact();
        }
        if (b < batches) {
            tallies.offered[b]++;
        }
    }

    /** The batch the contact arrived in, or −1 if it arrived outside the measured span. */
    private int batchOf(long contact) {
        if (contact < firstId[0] || contact >= firstId[batches]) {
            return -1;
        }
        int lo = 0;
        int hi = batches - 1;
        while (lo < hi) { // the last b with firstId[b] <= contact
            int mid = (lo + hi + 1) >>> 1;
            if (firstId[mid] <= contact) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void surprise(SimEvent event) {
        if (surprises.size() < 10) {
            surprises.add(event.toString());
        }
    }

    /**
     * Integrates the busy and staffed agent counts, constant since the last state change, up to
     * {@code t}, clipped to [from, to) and split at batch boundaries. Call with {@code to} at the end.
     */
    void advance(double t) {
        double s = Math.max(lastT, from);
        double e = Math.min(t, to);
        int b = Math.max(0, Math.min(batches - 1, (int) ((s - from) / width)));
        while (s < e) {
            double batchEnd = b == batches - 1 ? to : from + (b + 1) * width;
            if (batchEnd <= s) {
                b++;
                continue;
            }
            double segmentEnd = Math.min(e, batchEnd);
            tallies.busySeconds[b] += busyAgents * (segmentEnd - s);
            tallies.staffedSeconds[b] += staffedAgents * (segmentEnd - s);
            s = segmentEnd;
        }
        lastT = Math.max(lastT, t);
    }
}
