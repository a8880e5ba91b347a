package org.cctrainer.backend.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.alerts.Acknowledgement;
import org.cctrainer.backend.alerts.AlertEngine;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.sim.centre.Simulation;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.incident.CaseTiering;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.model.Scenario;

/**
 * The trainee's desk: carries out a checked command against the exercise — the centre for
 * interventions, the alert engine for acknowledgements, the calculators and evidence for the
 * rest — and says what became of it, with the facts the scorer needs. Plain Java, one thread.
 */
public final class Console {
    private final Simulation simulation;
    private final AlertEngine alerts;
    private final List<TimelineEntry> timeline;
    private final QualityEvidence evidence;
    private final Map<String, Incident> incidents;
    private final Scenario scenario;

    public Console(Simulation simulation, AlertEngine alerts, List<TimelineEntry> timeline, QualityEvidence evidence,
                   Map<String, Incident> incidents) {
        this.simulation = simulation;
        this.alerts = alerts;
        this.timeline = timeline;
        this.evidence = evidence;
        this.incidents = incidents;
        this.scenario = simulation.scenario();
    }

    public CommandOutcome handle(TraineeCommand command) {
        double now = simulation.now();
        for (TimelineEntry entry : timeline) {
            if (entry instanceof TimelineEntry.Action a && a.id().equals(command.id())) {
                return CommandOutcome.refused("duplicate-id", "a command with id '" + command.id()
                        + "' was already sent in this exercise; use a new id");
            }
        }
        Map<String, Object> facts = CommandFacts.common(command);
        Map<String, Object> result = new LinkedHashMap<>();
        List<org.cctrainer.backend.alerts.AlertChange> changes = List.of();
        String message;
        boolean accepted;
        String code = "refused";
        if (command.centreCommand() != null) {
            KpiSnapshot before = simulation.snapshot();
            centreFacts(command, before, facts);
            CommandResult applied = simulation.apply(command.centreCommand());
            accepted = applied.accepted();
            message = applied.message();
        } else {
            Reply reply = console(command, facts, result);
            accepted = reply.accepted;
            message = reply.message;
            changes = reply.changes;
            code = reply.code;
        }
        TimelineEntry.Action entry = new TimelineEntry.Action(now, command.id(), command.action(), command.params(),
                command.rationale(), accepted, message, facts);
        return new CommandOutcome(accepted, accepted ? null : code, message, result.isEmpty() ? null : result,
                changes, entry);
    }

    private record Reply(boolean accepted, String message, List<org.cctrainer.backend.alerts.AlertChange> changes,
                         String code) {
        static Reply ok(String message) {
            return new Reply(true, message, List.of(), null);
        }

        static Reply no(String message) {
            return new Reply(false, message, List.of(), "refused");
        }

        static Reply unknown(String message) {
            return new Reply(false, message, List.of(), "not-found");
        }
    }

    // ---- facts about interventions ------------------------------------------------------------

    private void centreFacts(TraineeCommand command, KpiSnapshot now, Map<String, Object> facts) {
        Command c = command.centreCommand();
        if (c instanceof Command.ClassifyCase classify && incidents.get(classify.caseId()) instanceof Incident.EscalationCase k) {
            facts.put("correct", CaseTiering.classification(k).equals(classify.classification()));
        } else if (c instanceof Command.EscalateCase escalate
                && incidents.get(escalate.caseId()) instanceof Incident.EscalationCase k) {
            int required = CaseTiering.requiredTier(k);
            facts.put("correctTier", escalate.tier() == required);
            facts.put("underTier", escalate.tier() < required);
            facts.put("overTier", escalate.tier() > required);
            facts.put("classified", timeline.stream().anyMatch(e -> e instanceof TimelineEntry.Action a && a.accepted()
                    && a.action().equals("classify-case") && escalate.caseId().equals(a.params().get("case"))));
        } else if (c instanceof Command.ComplianceAction action
                && incidents.get(action.eventId()) instanceof Incident.ComplianceEvent event) {
            facts.put("required", event.requiredActions().contains(action.action()));
        } else if (c instanceof Command.RecallAgent recall) {
            AgentKpis agent = now.agent(recall.agent());
            facts.put("activity", agent == null ? "unknown" : agent.state());
        } else if (c instanceof Command.AddOvertime) {
            facts.put("staffingUsed", CommandFacts.recently(timeline, simulation.now(), List.of("staffing", "reforecast")));
        } else if (c instanceof Command.ScheduleCoaching coaching) {
            CommandFacts.coaching(facts, command.params(), now, scenario, coaching.atSeconds(), timeline);
        } else if (c instanceof Command.InvokeContinuityPlan plan) {
            facts.put("hasFallback", !plan.fallback().isBlank());
            facts.put("hasAnnouncement", !plan.ivrAnnouncement().isBlank());
            facts.put("hasNotice", !plan.stakeholderNotice().isBlank());
        }
    }

    // ---- actions that do not change the centre ------------------------------------------------

    private Reply console(TraineeCommand command, Map<String, Object> facts, Map<String, Object> result) {
        Map<String, Object> p = command.params();
        double now = simulation.now();
        switch (command.action()) {
            case "staffing", "reforecast" -> {
                String queueId = String.valueOf(p.get("queue"));
                var queue = scenario.queue(queueId);
                if (queue == null) {
                    return Reply.no(unknownQueue(queueId));
                }
                var kpis = simulation.snapshot().queue(queueId);
                double perHour = p.containsKey("callsPerHour") ? (Double) p.get("callsPerHour") : kpis.last30().arrived() * 2.0;
                double aht = p.containsKey("ahtSeconds") ? (Double) p.get("ahtSeconds")
                        : Double.isFinite(kpis.last30().ahtSeconds()) ? kpis.last30().ahtSeconds() : queue.forecastAhtSeconds();
                result.putAll(StaffingCalculator.calculate(queue, perHour, aht, (Integer) p.get("agents")));
                Object need = result.get("requiredAgents");
                String verb = command.action().equals("reforecast") ? "Re-forecast " : "Staffing for ";
                return Reply.ok(verb + queue.name() + " at " + Math.round(perHour) + "/h, AHT " + Math.round(aht)
                        + " s: " + (need == null ? "not reachable" : need + " agents for " + Math.round(queue.sla().target() * 100)
                        + "% in " + Math.round(queue.sla().thresholdSeconds()) + " s") + " (" + result.get("model") + ")");
            }
            case "open-view" -> {
                return openView(p, result);
            }
            case "broadcast" -> {
                facts.put("followsChange", CommandFacts.recently(timeline, now, org.cctrainer.backend.scoring.ActionNames.CHANGES));
                return Reply.ok("On the team wallboard: " + p.get("message"));
            }
            case "acknowledge-alert" -> {
                Acknowledgement ack = alerts.acknowledge(String.valueOf(p.get("alert")), now);
                return ack.accepted() ? new Reply(true, ack.reason(), List.of(ack.change().get()), null)
                        : ack.unknown() ? Reply.unknown(ack.reason()) : Reply.no(ack.reason());
            }
            case "resolve-alert" -> {
                AlertEngine.Resolution resolution = alerts.resolve(String.valueOf(p.get("alert")), now);
                return resolution.accepted() ? new Reply(true, "Alert " + p.get("alert") + " resolved.",
                        List.of(resolution.change()), null)
                        : resolution.unknown() ? Reply.unknown(resolution.refusal()) : Reply.no(resolution.refusal());
            }
            case "review-change" -> {
                return review(p, facts, result);
            }
            case "risk-assessment" -> {
                return Reply.ok("Risk briefing recorded: " + p.get("count") + " risk" + ("1".equals(String.valueOf(p.get("count"))) ? "" : "s")
                        + " ranked with mitigations");
            }
            case "improvement-plan" -> {
                facts.put("smart", CoachingNote.smart(p.get("objective")));
                facts.put("teamInput", CoachingNote.written(p.get("teamInput")));
                return Reply.ok("Improvement plan recorded");
            }
            default -> throw new IllegalStateException("no handler for " + command.action());
        }
    }

    private Reply openView(Map<String, Object> p, Map<String, Object> result) {
        String view = String.valueOf(p.get("view"));
        KpiSnapshot now = simulation.snapshot();
        result.put("view", view);
        if (view.equals("what-moved")) {
            result.put("queues", WhatMoved.of(now, scenario));
            return Reply.ok("What moved, over the last 30 minutes");
        }
        Object agentId = p.get("agent");
        AgentKpis agent = agentId == null ? null : now.agent(String.valueOf(agentId));
        if (agent == null) {
            return Reply.no(agentId == null ? "this view needs an agent" : "unknown agent '"
                    + CommandParser.abbreviate(String.valueOf(agentId)) + "'");
        }
        result.put("agent", agent);
        result.put("recordings", evidence.recordings(agent.id()));
        result.put("comments", evidence.comments(agent.id()));
        return Reply.ok(switch (view) {
            case "recordings" -> "Flagged recordings of " + agent.name();
            case "csat-comments" -> "Survey comments on " + agent.name();
            default -> "Quality figures of " + agent.name();
        });
    }

    private Reply review(Map<String, Object> p, Map<String, Object> facts, Map<String, Object> result) {
        String changeId = String.valueOf(p.get("change"));
        TimelineEntry.Action change = null;
        for (TimelineEntry entry : timeline) {
            if (entry instanceof TimelineEntry.Action a && a.id().equals(changeId)) {
                change = a;
            }
        }
        if (change == null || !change.accepted() || !CommandFacts.isChange(change.action())) {
            return Reply.no("there is no accepted change with id '" + CommandParser.abbreviate(changeId)
                    + "' to review; changes are the commands that alter the centre");
        }
        double now = simulation.now();
        if (now - change.t() < 60) {
            return Reply.no("give the change at least a minute of virtual time before reviewing it");
        }
        Map<String, Object> beforeAfter = org.cctrainer.backend.scoring.BeforeAfter.of(timeline, change, now);
        result.putAll(beforeAfter);
        facts.put("changeAction", change.action());
        facts.put("verdict", p.get("verdict"));
        return Reply.ok("Review of " + change.action() + " at " + Durations.clock(change.t(), scenario.startMinuteOfDay())
                + " recorded: " + p.get("verdict") + " (" + beforeAfter.get("summary") + ")");
    }

    private String unknownQueue(String id) {
        return "unknown queue '" + CommandParser.abbreviate(id) + "'; queues are "
                + String.join(", ", scenario.queues().stream().map(q -> q.id()).toList());
    }
}
