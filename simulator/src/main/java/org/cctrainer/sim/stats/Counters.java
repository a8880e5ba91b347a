package org.cctrainer.sim.stats;

/**
 * The raw tallies behind a queue's KPIs, for one span of time. Mutable and allocation-free
 * on the hot path; KPI records are computed from it on demand.
 *
 * <p>Conservation: offered = answered + abandoned + callbacksAccepted + still waiting (not
 * counting callbacks). Blocked, IVR-resolved and deflected contacts never reach the queue, so
 * they are not offered to it.
 */
public final class Counters {
    /** Every contact that came in, before the IVR and any outage: what the forecast predicts. */
    public long arrived;
    public long offered;
    public long answered;
    public long answeredWithin;
    public long abandoned;
    public long abandonedWithin;
    /** Abandoned before the queue's short-abandon threshold (excluded by one SL definition). */
    public long abandonedShort;
    /** Found no free agent on arrival and had to queue. */
    public long waited;
    public long blocked;
    public long deflectedOut;
    public long resolvedInIvr;
    public long callbacksAccepted;
    public long callbacksAnswered;
    public long callbacksWithinDeadline;
    /** Contacts whose talk ended (AHT counts these). */
    public long handled;
    public long resolvedFirstTime;
    public long surveys;
    public double waitAnsweredSum;
    public double talkSum;
    public double wrapSum;
    public double csatSum;
    /** Agent time on contacts (talk and wrap-up) and on the phones, of agents whose home queue this is. */
    public double busySeconds;
    public double staffedSeconds;

    public void add(Counters other) {
        arrived += other.arrived;
        offered += other.offered;
        answered += other.answered;
        answeredWithin += other.answeredWithin;
        abandoned += other.abandoned;
        abandonedWithin += other.abandonedWithin;
        abandonedShort += other.abandonedShort;
        waited += other.waited;
        blocked += other.blocked;
        deflectedOut += other.deflectedOut;
        resolvedInIvr += other.resolvedInIvr;
        callbacksAccepted += other.callbacksAccepted;
        callbacksAnswered += other.callbacksAnswered;
        callbacksWithinDeadline += other.callbacksWithinDeadline;
        handled += other.handled;
        resolvedFirstTime += other.resolvedFirstTime;
        surveys += other.surveys;
        waitAnsweredSum += other.waitAnsweredSum;
        talkSum += other.talkSum;
        wrapSum += other.wrapSum;
        csatSum += other.csatSum;
        busySeconds += other.busySeconds;
        staffedSeconds += other.staffedSeconds;
    }

    public void reset() {
        arrived = offered = answered = answeredWithin = abandoned = abandonedWithin = abandonedShort = waited = 0;
        blocked = deflectedOut = resolvedInIvr = 0;
        callbacksAccepted = callbacksAnswered = callbacksWithinDeadline = 0;
        handled = resolvedFirstTime = surveys = 0;
        waitAnsweredSum = talkSum = wrapSum = csatSum = busySeconds = staffedSeconds = 0;
    }

    public Counters copy() {
        Counters copy = new Counters();
        copy.add(this);
        return copy;
    }
}
