package org.cctrainer.sim.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEventListener;

/**
 * Splits a measured span [from, to) into equal batches and tallies, per batch, the fate of every
 * contact that ARRIVED in it (whenever that fate came: a contact arriving just before a batch
 * boundary is answered in the next batch but counts in its own), plus agent busy and staffed
 * time per batch of clock time for occupancy. Only for a single voice queue without IVR, callbacks,
 * overflow or repeats, where every arrival is offered to the queue; it fails on anything else, so a
 * scenario that is not the M/M/n(+M) system the analytic models describe cannot slip through.
 */
final class BatchCollector implements SimEventListener {
    private final double from;
    private final double to;
    private final int batches;
    private final double width;
    private final double thresholdSeconds;
    private final double shortAbandonSeconds;

    /** Batch of each contact by id (ids are dense from 1 here); −1 outside the measured span. */
    private int[] batchOf = new int[1 << 16];

    private final BatchTallies tallies;

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
        Arrays.fill(batchOf, -1);
    }

    /** The tallies so far; complete once the run is drained and {@link #advance} has reached {@code to}. */
    BatchTallies tallies() {
        return tallies;
    }

    /** Anything seen that the M/M/n(+M) model has no room for (blocked, deflected, repeat...). */
    List<String> surprises() {
        return List.copyOf(surprises);
    }

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.ContactArrived e) {
            if (e.origin() != SimEvent.Origin.NEW) {
                surprise(e);
            }
            int b = e.t() >= from && e.t() < to ? Math.min(batches - 1, (int) ((e.t() - from) / width)) : -1;
            remember(e.contact(), b);
            if (b >= 0) {
                tallies.offered[b]++;
            }
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

    private void surprise(SimEvent event) {
        if (surprises.size() < 10) {
            surprises.add(event.toString());
        }
    }

    private void remember(long contact, int batch) {
        if (contact >= Integer.MAX_VALUE) {
            throw new IllegalStateException("contact id " + contact + " too large for this collector");
        }
        int id = (int) contact;
        if (id >= batchOf.length) {
            int old = batchOf.length;
            batchOf = Arrays.copyOf(batchOf, Math.max(id + 1, old * 2));
            Arrays.fill(batchOf, old, batchOf.length, -1);
        }
        batchOf[id] = batch;
    }

    private int batchOf(long contact) {
        return contact < batchOf.length ? batchOf[(int) contact] : -1;
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
