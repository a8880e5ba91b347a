package org.cctrainer.sim.kpi;

import java.util.List;

/**
 * The centre at virtual time {@code t}: per-queue and total KPIs, agents, open cases, cost.
 * Built on demand (a few times a second in a live exercise), never on the simulation's hot path.
 *
 * @param complaints complaints raised by customers whose escalation case was mishandled
 * @param casesOverEscalated cases handed to a higher tier than they needed (a cost, not a failure)
 * @param complianceBreaches policy breaches in responses to compliance events, and late reports
 */
public record KpiSnapshot(double t, String clock, List<QueueKpis> queues, QueueKpis total, List<AgentKpis> agents,
                          List<OpenItemView> openItems, List<String> activeIncidents,
                          double overtimeAgentHours, double sentHomeAgentHours, long eventsProcessed,
                          long complaints, long casesOverEscalated, long complianceBreaches) {

    /** A snapshot with no complaints, over-escalations or breaches (what callers built before those were counted). */
    public KpiSnapshot(double t, String clock, List<QueueKpis> queues, QueueKpis total, List<AgentKpis> agents,
                       List<OpenItemView> openItems, List<String> activeIncidents, double overtimeAgentHours,
                       double sentHomeAgentHours, long eventsProcessed) {
        this(t, clock, queues, total, agents, openItems, activeIncidents, overtimeAgentHours, sentHomeAgentHours,
                eventsProcessed, 0, 0, 0);
    }

    public QueueKpis queue(String id) {
        return queues.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    public AgentKpis agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
