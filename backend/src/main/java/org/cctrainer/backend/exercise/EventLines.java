package org.cctrainer.backend.exercise;

import java.util.Map;
import org.cctrainer.backend.wire.StreamMessages;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;

/**
 * How a notable centre event reads on the wallboard's timeline (an {@code event} message's kind,
 * summary and detail, docs/protocol.md). Only kind, summary and detail are filled here; the
 * actor adds the envelope.
 */
final class EventLines {
    private EventLines() {
    }

    static StreamMessages.EventMessage of(SimEvent event) {
        if (event instanceof SimEvent.IncidentStarted started) {
            Incident incident = started.incident();
            return line("incident-started", incident.title(), Map.of("incident", incident.id(),
                    "incidentType", org.cctrainer.backend.wire.IncidentTypes.wireName(incident)));
        } else if (event instanceof SimEvent.IncidentEnded ended) {
            return line("incident-ended", "Incident over: " + ended.incident(), Map.of("incident", ended.incident()));
        } else if (event instanceof SimEvent.CaseDeadlinePassed passed) {
            return line("case-deadline-passed", "Deadline passed on " + passed.incident(),
                    Map.of("incident", passed.incident()));
        } else if (event instanceof SimEvent.CaseEscalated c) {
            return line("case-escalated", "Case " + c.caseId() + " escalated to tier " + c.tier() + " (" + c.owner() + ")",
                    Map.of("incident", c.caseId(), "tier", c.tier()));
        } else if (event instanceof SimEvent.CaseResolved c) {
            return line("case-resolved", "Case " + c.caseId() + " resolved", Map.of("incident", c.caseId()));
        } else if (event instanceof SimEvent.ComplaintRaised c) {
            return line("complaint", "Complaint on " + c.caseId() + ": " + c.reason(), Map.of("incident", c.caseId()));
        } else if (event instanceof SimEvent.PolicyBreached c) {
            return line("policy-breached", "Policy breached: " + c.what(), Map.of("incident", c.eventId()));
        } else if (event instanceof SimEvent.ComplianceEventClosed c) {
            return line("compliance-closed", "Compliance event " + c.eventId() + " closed"
                    + (c.withinDeadline() ? "" : " late"), Map.of("incident", c.eventId()));
        } else if (event instanceof SimEvent.ContinuityPlanInvoked c) {
            return line("continuity-plan-invoked", "Continuity plan invoked for " + c.outageId(),
                    Map.of("incident", c.outageId()));
        } else if (event instanceof SimEvent.CoachingCompleted c) {
            return line("coaching-completed", "Coaching completed: " + c.agent(), Map.of("agent", c.agent()));
        }
        return null;
    }

    private static StreamMessages.EventMessage line(String kind, String summary, Map<String, Object> detail) {
        return new StreamMessages.EventMessage("event", null, 0, 0, null, kind, summary, detail);
    }
}
