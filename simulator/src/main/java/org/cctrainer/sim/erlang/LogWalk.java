package org.cctrainer.sim.erlang;

/**
 * A running sum of logarithms with Kahan–Babuška (Neumaier) compensation. Erlang A walks the
 * log-probabilities of tens of thousands of states by adding one small log-ratio at a time to a
 * value that can be ~10^5 in size; plain addition would round away ~10^−11 at every step and the
 * errors would build up into visible noise in tiny service levels. The compensation keeps the
 * low-order bits instead.
 */
final class LogWalk {

    private double sum;
    private double carry;

    LogWalk(double start) {
        this.sum = start;
    }

    void add(double step) {
        double t = sum + step;
        carry += Math.abs(sum) >= Math.abs(step) ? (sum - t) + step : (step - t) + sum;
        sum = t;
    }

    double value() {
        return sum + carry;
    }
}
