package org.cctrainer.sim.centre;

import org.cctrainer.sim.model.AgentState;

/** Running totals for one agent: what the per-agent KPIs are computed from. */
final class AgentTally {
    double accountedTo;
    double staffedSeconds;
    double busySeconds;
    double scheduledSeconds;
    double adherentSeconds;
    final double[] secondsInState = new double[AgentState.values().length];

    long handled;
    double talkSum;
    double wrapSum;
    long resolvedFirstTime;
    long repeatsCaused;
    long surveys;
    double csatSum;
    long qaEvaluations;
    double qaSum;
    long qaFlagged;
}
