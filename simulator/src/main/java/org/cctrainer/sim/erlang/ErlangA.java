package org.cctrainer.sim.erlang;

/**
 * The M/M/n+M queue (Erlang A, Palm's model): Erlang C plus exponential patience, so a waiting
 * contact abandons at rate θ = 1/patience. With abandonment the queue is always stable, even when
 * the offered load exceeds the head count.
 *
 * <p>The number in system is a birth–death chain: π_k ∝ a^k/k! for k ≤ n and
 * π_{n+j} = π_n · Π_{i=1..j} λ/(nμ + iθ). By PASTA an arrival sees it in steady state. An arrival
 * finding n + j (j waiting ahead) moves up through stages: while i are ahead it advances at rate
 * nμ + iθ and abandons at rate θ. Hence
 * <ul>
 *   <li>P(served | j) = nμ / (nμ + (j+1)θ), the telescoping product of the advance odds;</li>
 *   <li>its wait given service is Σ_{k=1..j+1} Exp(nμ + kθ), a sum whose density is
 *       ∝ e^{−(nμ+θ)t}(1 − e^{−θt})^j, so P(S_j ≤ t) = I_x(j+1, nμ/θ + 1) with x = 1 − e^{−θt};</li>
 *   <li>its virtual wait (were it infinitely patient) is Σ_{i=0..j} Exp(nμ + iθ), so
 *       P(V_j ≤ t) = I_x(j+1, nμ/θ); its time in queue is min(patience, V_j), so it has left the
 *       queue by t with probability 1 − e^{−θt}·P(V_j &gt; t).</li>
 * </ul>
 *
 * <p>The chain is held as logarithms (no a^k/k! overflow), normalised by its largest term, and its
 * tail cut once the rest provably adds less than e^{−40} of the total.
 */
public final class ErlangA {

    /** How far (in natural log units) below the peak the ignored tail must be. */
    private static final double TAIL_LOG_DROP = 40.0;
    /**
     * A guard for inputs whose queue tail runs to tens of millions of states (near-infinite patience
     * at or above full load, or arrivals vastly beyond the head count), where a run would take seconds.
     */
    static final int MAX_QUEUE_STATES = 20_000_000;

    private ErlangA() {
    }

    /** Steady-state figures for a queue with finite patience. */
    public static QueueFigures figures(QueueModel m) {
        if (!m.hasAbandonment()) {
            throw new IllegalArgumentException(
                    "patienceSeconds must be finite for Erlang A (use ErlangC when nobody abandons), was "
                            + m.patienceSeconds());
        }
        int n = m.agents();
        double lambda = m.arrivalRatePerSecond();
        double nMu = n * m.serviceRatePerSecond();
        double theta = m.abandonmentRatePerSecond();
        double a = m.offeredLoadErlangs();

        // Pass 1: the peak of the chain, and where to cut its tail.
        LogWalk head = new LogWalk(0.0);
        double logMax = 0.0;
        for (int k = 1; k <= n; k++) {
            head.add(Math.log(a / k));
            logMax = Math.max(logMax, head.value());
        }
        double logAtN = head.value();
        int lastJ = 0;
        for (LogWalk tail = new LogWalk(logAtN); ; lastJ++) {
            double logQ = tail.value();
            logMax = Math.max(logMax, logQ);
            double ratio = lambda / (nMu + (lastJ + 1) * theta);
            // Past the peak every later ratio is smaller, so the rest is at most π·r/(1−r).
            if (ratio < 1 && logQ + Math.log(ratio / (1 - ratio)) < logMax - TAIL_LOG_DROP) {
                break;
            }
            if (lastJ >= MAX_QUEUE_STATES) {
                throw new IllegalArgumentException("patienceSeconds " + m.patienceSeconds()
                        + " is too long for Erlang A at this load (queue tail beyond " + MAX_QUEUE_STATES
                        + " states); model it as infinite patience (Erlang C) instead");
            }
            tail.add(Math.log(ratio));
        }

        // Pass 2: the same walks again (so the same numbers), now as weights u = π̃/π̃_max ≤ 1 summed
        // in linear space: summing logs would round away the many tiny states, each below one ulp.
        double answeredAtOnce = 0;
        head = new LogWalk(0.0);
        for (int k = 0; k < n; k++) {
            answeredAtOnce += Math.exp(head.value() - logMax);
            head.add(Math.log(a / (k + 1)));
        }
        double tT = m.thresholdSeconds();
        double tShort = m.shortAbandonSeconds();
        double b = nMu / theta;
        BetaLadder servedByT = new BetaLadder(b + 1, theta * tT);
        BetaLadder virtualByT = new BetaLadder(b, theta * tT);
        BetaLadder servedByShort = new BetaLadder(b + 1, theta * tShort);
        BetaLadder virtualByShort = new BetaLadder(b, theta * tShort);
        double stillPatientAtT = Math.exp(-theta * tT);
        double stillPatientAtShort = Math.exp(-theta * tShort);

        double waiting = 0, answeredLater = 0, abandoned = 0, answeredWithin = 0, abandonedWithin = 0;
        double abandonedShort = 0, waitOfAnswered = 0, meanWaitIfServed = 0;
        LogWalk tail = new LogWalk(logAtN);
        for (int j = 0; j <= lastJ; j++) {
            double u = Math.exp(tail.value() - logMax);
            double exitRate = nMu + (j + 1) * theta;
            double served = nMu / exitRate;
            meanWaitIfServed += 1.0 / exitRate;
            waiting += u;
            answeredLater += u * served;
            abandoned += u * ((j + 1) * theta / exitRate);
            waitOfAnswered += u * served * meanWaitIfServed;
            double servedT = servedByT.next();
            answeredWithin += u * served * servedT;
            abandonedWithin += u * abandonedBy(served, servedT, virtualByT.next(), stillPatientAtT);
            abandonedShort += u * abandonedBy(served, servedByShort.next(), virtualByShort.next(),
                    stillPatientAtShort);
            tail.add(Math.log(lambda / (nMu + (j + 1) * theta)));
        }

        double total = answeredAtOnce + waiting;
        double answered = (answeredAtOnce + answeredLater) / total;
        double within = unit((answeredAtOnce + answeredWithin) / total);
        double notShort = 1.0 - unit(abandonedShort / total);
        return new QueueFigures(n, unit(waiting / total), unit(abandoned / total), within,
                answered > 0 ? unit(within / answered) : 0.0,
                notShort > 0 ? unit(within / notShort) : 0.0,
                answered > 0 ? waitOfAnswered / total / answered : 0.0,
                unit(a * answered / n), within, unit(abandonedWithin / total));
    }

    /**
     * P(abandoned by t | j ahead) = P(left the queue by t) − P(answered by t)
     * = 1 − e^{−θt}(1 − P(V_j ≤ t)) − P(served | j)·P(S_j ≤ t).
     */
    private static double abandonedBy(double served, double servedCdf, double virtualCdf,
                                      double stillPatient) {
        return unit(1.0 - stillPatient * (1.0 - virtualCdf) - served * servedCdf);
    }

    /** Clamp rounding dust back into [0, 1]. */
    private static double unit(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}
