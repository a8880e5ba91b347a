package org.cctrainer.sim.kpi;

import java.util.List;
import java.util.Map;

/**
 * Everything the wallboard shows for one queue (or, with id "total", for the whole centre).
 *
 * @param forecastToDate contacts the forecast expected by now
 * @param forecastLast30 contacts the forecast expected in the last 30 minutes
 * @param agentsByState agents skilled for the queue by state (an agent counts in each of its queues)
 */
public record QueueKpis(String id, String name, String channel, int priority, double slTarget,
                        double slThresholdSeconds, String serviceLevelDefinition, String serviceLevelFormula,
                        WindowKpis sinceStart, WindowKpis last15, WindowKpis last30, int waiting,
                        double longestWaitSeconds, int callbacksPending, Map<String, Integer> agentsByState,
                        double forecastToDate, double forecastLast30, double forecastAhtSeconds,
                        double adherence, QueueSettings settings) {

    /** What the trainee can change, as it stands now. */
    public record QueueSettings(boolean closed, boolean callbackOffered, boolean ivrMessageOn, String ivrMessage,
                                boolean deflectionOn, String deflectTo, double overflowAfterSeconds,
                                List<String> overflowTo, double volumeMultiplier, double handleTimeMultiplier) {
    }
}
