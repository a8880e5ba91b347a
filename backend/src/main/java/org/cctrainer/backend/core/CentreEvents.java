package org.cctrainer.backend.core;

import java.util.List;
import java.util.Map;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.backend.wire.IncidentTypes;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;

/** Which centre events go on the scorer's timeline, and how they read there. Contact-level events do not. */
final class CentreEvents {
    private CentreEvents() {
    }

    static TimelineEntry toTimeline(SimEvent event) {
        if (event instanceof SimEvent.IncidentStarted started) {
            Incident incident = started.incident();
            List<String> agents = Incident.agentsOf(incident);
            return new TimelineEntry.IncidentStarted(event.t(), incident.id(), IncidentTypes.wireName(incident),
                    Incident.queuesOf(incident), agents.isEmpty() ? null : agents.get(0));
        } else if (event instanceof SimEvent.IncidentEnded ended) {
            return centre(event, "incident-ended", ended.incident(), Map.of());
        } else if (event instanceof SimEvent.CaseDeadlinePassed passed) {
            return centre(event, "case-deadline-passed", passed.incident(), Map.of());
        } else if (event instanceof SimEvent.CaseClassified c) {
            return centre(event, "case-classified", c.caseId(), Map.of("classification", c.classification(),
                    "correct", c.correct()));
        } else if (event instanceof SimEvent.CaseEscalated c) {
            return centre(event, "case-escalated", c.caseId(), Map.of("tier", c.tier(), "requiredTier", c.requiredTier(),
                    "owner", c.owner(), "beforeDeadline", c.beforeDeadline()));
        } else if (event instanceof SimEvent.CaseResolved c) {
            return centre(event, "case-resolved", c.caseId(), Map.of());
        } else if (event instanceof SimEvent.ComplaintRaised c) {
            return centre(event, "complaint", c.caseId(), Map.of("queue", String.valueOf(c.queue()), "reason", c.reason()));
        } else if (event instanceof SimEvent.ComplianceActionTaken c) {
            return centre(event, "compliance-action", c.eventId(), Map.of("action", c.action(), "required", c.required()));
        } else if (event instanceof SimEvent.PolicyBreached c) {
            return centre(event, "policy-breached", c.eventId(), Map.of("what", c.what()));
        } else if (event instanceof SimEvent.ComplianceEventClosed c) {
            return centre(event, "compliance-closed", c.eventId(), Map.of("withinDeadline", c.withinDeadline()));
        } else if (event instanceof SimEvent.ContinuityPlanInvoked c) {
            return centre(event, "continuity-plan-invoked", c.outageId(), Map.of("hasFallback", c.hasFallback(),
                    "hasAnnouncement", c.hasAnnouncement()));
        } else if (event instanceof SimEvent.CoachingCompleted c) {
            return centre(event, "coaching-completed", c.agent(), Map.of());
        }
        return null;
    }

    private static TimelineEntry centre(SimEvent event, String kind, String subject, Map<String, Object> detail) {
        return new TimelineEntry.CentreEvent(event.t(), kind, subject, detail);
    }
}
