package org.cctrainer.sim.kpi;

import java.util.List;

/**
 * The centre at virtual time {@code t}: per-queue and total KPIs, agents, open cases, cost.
 * Built on demand (a few times a second in a live exercise), never on the simulation's hot path.
 */
public record KpiSnapshot(double t, String clock, List<QueueKpis> queues, QueueKpis total, List<AgentKpis> agents,
                          List<OpenItemView> openItems, List<String> activeIncidents,
                          double overtimeAgentHours, double sentHomeAgentHours, long eventsProcessed) {

    public QueueKpis queue(String id) {
        return queues.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    public AgentKpis agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
