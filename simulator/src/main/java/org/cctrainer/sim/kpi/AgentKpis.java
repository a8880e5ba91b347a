package org.cctrainer.sim.kpi;

import java.util.List;

/** Per-agent figures for the agent table and for coaching evidence. Ratios are NaN when undefined. */
public record AgentKpis(String id, String name, String team, boolean overtime, String state, String reason,
                        double secondsInState, List<String> skills, long handled, double ahtSeconds,
                        double occupancy, double adherence, double fcrRate, long repeatsCaused, long surveys,
                        double csat, long qaEvaluations, double qaAverage, long qaFlagged,
                        double notReadySeconds) {
}
