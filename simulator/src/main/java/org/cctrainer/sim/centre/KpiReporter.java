package org.cctrainer.sim.centre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.incident.RiskLevel;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.OpenItemView;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.model.AgentState;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.model.ServiceLevelDefinition;
import org.cctrainer.sim.stats.Counters;

/** Builds the KPI snapshot from the centre's tallies. Brings every agent's time tallies up to now first. */
final class KpiReporter {
    private final ContactCentre centre;

    KpiReporter(ContactCentre centre) {
        this.centre = centre;
    }

    KpiSnapshot snapshot(long eventsProcessed) {
        double now = centre.now();
        for (Agent agent : centre.agents) {
            agent.account(now, centre.measureFrom, centre.measureTo);
        }
        List<QueueKpis> queues = new ArrayList<>();
        Counters allSince = new Counters();
        Counters all15 = new Counters();
        Counters all30 = new Counters();
        int waiting = 0;
        int callbacks = 0;
        double longest = 0;
        double forecastToDate = 0;
        double forecastLast30 = 0;
        for (ServiceQueue queue : centre.queues) {
            Counters last15 = queue.rolling.window(now, 15);
            Counters last30 = queue.rolling.window(now, 30);
            QueueKpis kpis = queueKpis(queue, now, last15, last30);
            queues.add(kpis);
            allSince.add(queue.sinceStart);
            all15.add(last15);
            all30.add(last30);
            waiting += kpis.waiting();
            callbacks += kpis.callbacksPending();
            longest = Math.max(longest, kpis.longestWaitSeconds());
            forecastToDate += kpis.forecastToDate();
            forecastLast30 += kpis.forecastLast30();
        }
        ServiceLevelDefinition totalDefinition = ServiceLevelDefinition.ANSWERED_AND_ABANDONED;
        QueueKpis total = new QueueKpis("total", "All queues", "all", 0, Double.NaN, Double.NaN,
                totalDefinition.wireName(), totalDefinition.formula() + " (each queue's own T)",
                WindowKpis.of(allSince, totalDefinition), WindowKpis.of(all15, totalDefinition),
                WindowKpis.of(all30, totalDefinition), waiting, longest, callbacks, agentsByState(null),
                forecastToDate, forecastLast30, Double.NaN, adherence(null), null);
        List<AgentKpis> agents = new ArrayList<>();
        for (Agent agent : centre.agents) {
            agents.add(agentKpis(agent, now));
        }
        return new KpiSnapshot(now, Durations.clock(now, centre.scenario.startMinuteOfDay()), queues, total, agents,
                openItems(), centre.incidents.activeIds(), centre.commands.overtimeAgentSeconds / 3600,
                centre.commands.sentHomeAgentSeconds / 3600, eventsProcessed, centre.cases.complaints,
                centre.cases.overEscalated, centre.compliance.breaches);
    }

    private QueueKpis queueKpis(ServiceQueue queue, double now, Counters last15, Counters last30) {
        ServiceLevelDefinition definition = queue.config.serviceLevelDefinition();
        Contact oldest = queue.line.oldestLive();
        int callbacks = queue.line.callbacks();
        var forecast = queue.config.forecast();
        var ivr = queue.ivr;
        var settings = new QueueKpis.QueueSettings(queue.closed(), queue.callback.offered(), ivr.messageOn(),
                ivr.message(), ivr.deflectionOn(), queue.deflectTarget == null ? null : queue.deflectTarget.id(),
                queue.overflow == null ? Double.NaN : queue.overflow.afterSeconds(),
                queue.overflow == null ? List.of() : queue.overflow.to(), queue.volumeMultiplier,
                queue.handleTimeMultiplier);
        return new QueueKpis(queue.id(), queue.config.name(), queue.config.channel().wireName(), queue.priority,
                queue.config.sla().target(), queue.threshold(), definition.wireName(), definition.formula(),
                WindowKpis.of(queue.sinceStart, definition), WindowKpis.of(last15, definition),
                WindowKpis.of(last30, definition), queue.line.size() - callbacks,
                oldest == null ? 0 : now - oldest.enqueuedAt, callbacks, agentsByState(queue),
                forecast.cumulative(now), forecast.cumulative(now) - forecast.cumulative(now - 1800),
                queue.config.forecastAhtSeconds(), adherence(queue), settings);
    }

    private Map<String, Integer> agentsByState(ServiceQueue queue) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AgentState state : AgentState.values()) {
            counts.put(state.wireName(), 0);
        }
        if (queue != null) {
            for (AgentState state : AgentState.values()) {
                counts.put(state.wireName(), queue.agentsByState[state.ordinal()]);
            }
        } else {
            for (Agent agent : centre.agents) {
                counts.merge(agent.state.wireName(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Adherence of the agents whose home queue this is (all agents for null). */
    private double adherence(ServiceQueue queue) {
        double adherent = 0;
        double scheduled = 0;
        for (Agent agent : centre.agents) {
            if (queue == null || agent.home == queue) {
                adherent += agent.tally.adherentSeconds;
                scheduled += agent.tally.scheduledSeconds;
            }
        }
        return scheduled == 0 ? Double.NaN : adherent / scheduled;
    }

    private static AgentKpis agentKpis(Agent agent, double now) {
        AgentTally t = agent.tally;
        List<String> skills = new ArrayList<>();
        for (AgentSkill skill : agent.skills) {
            skills.add(skill.queue.id());
        }
        return new AgentKpis(agent.id(), agent.config.name(), agent.config.team(), agent.overtime,
                agent.state.wireName(), agent.reason, now - agent.stateSince, skills, t.handled,
                ratio(t.talkSum + t.wrapSum, t.handled), ratio(t.busySeconds, t.staffedSeconds),
                ratio(t.adherentSeconds, t.scheduledSeconds), ratio(t.resolvedFirstTime, t.handled), t.repeatsCaused,
                t.surveys, ratio(t.csatSum, t.surveys), t.qaEvaluations, ratio(t.qaSum, t.qaEvaluations),
                t.qaFlagged, t.secondsInState[AgentState.NOT_READY.ordinal()]);
    }

    /** Cases not yet escalated and compliance events not yet closed, with what the trainee needs to decide. */
    private List<OpenItemView> openItems() {
        List<OpenItemView> views = new ArrayList<>();
        for (IncidentHandler.OpenItem item : centre.incidents.items()) {
            if (item.closed) {
                continue;
            }
            Incident incident = item.incident;
            List<String> queues = Incident.queuesOf(incident);
            String queue = queues.isEmpty() ? null : queues.get(0);
            if (incident instanceof Incident.EscalationCase c) {
                var details = new OpenItemView.EscalationDetails(c.customer(), c.summary(), level(c.vulnerability()),
                        c.vulnerabilityNote(), level(c.regulatoryRisk()), c.regulation(), c.valueGbp(),
                        c.repeatCount(), c.complaint(), item.classification, item.escalated);
                views.add(new OpenItemView(incident.id(), "escalation", incident.title(), queue, item.openedAt,
                        item.deadlineAt, item.deadlinePassed, details, null));
            } else if (incident instanceof Incident.ComplianceEvent e) {
                var details = new OpenItemView.ComplianceDetails(e.kind(), e.agent(), e.regulation(), e.description(),
                        e.transcript(), item.actionsTaken);
                views.add(new OpenItemView(incident.id(), "compliance", incident.title(), queue, item.openedAt,
                        item.deadlineAt, item.deadlinePassed, null, details));
            }
        }
        return views;
    }

    private static String level(RiskLevel level) {
        return level == null ? "none" : level.wireName();
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
