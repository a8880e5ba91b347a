package org.cctrainer.backend.scoring;

import java.util.List;
import java.util.Map;

/**
 * One thing on an exercise's timeline, as the scorer sees it. The scorer is a pure function of
 * a list of these, so the live exercise and its replay from the journal score the same.
 * Times are virtual seconds from the day's start.
 */
public sealed interface TimelineEntry {

    double t();

    /** An incident began: {@code type} is volume, handle-time, outage, sickness, escalation or compliance. */
    record IncidentStarted(double t, String incident, String type, List<String> queues, String agent)
            implements TimelineEntry {
        public IncidentStarted {
            queues = queues == null ? List.of() : List.copyOf(queues);
        }
    }

    /** An alert changed: raised, escalated, eased, acknowledged or resolved. */
    record AlertChanged(double t, String change, String alert, String rule, String queue, String agent,
                        String severity) implements TimelineEntry {
    }

    /**
     * Something the centre reports that scoring cares about: incident-ended, case-deadline-passed,
     * case-escalated, case-resolved, complaint, compliance-closed, policy-breached,
     * continuity-plan-invoked, coaching-completed. {@code subject} is the incident, case or agent.
     */
    record CentreEvent(double t, String kind, String subject, Map<String, Object> detail) implements TimelineEntry {
        public CentreEvent {
            detail = detail == null ? Map.of() : Map.copyOf(detail);
        }
    }

    /**
     * A trainee command and what became of it. {@code params} are the command's fields as sent
     * (flattened to text, numbers, booleans and lists); {@code facts} are what the console
     * established about it from the exercise's state when it arrived (e.g. whether a case's tier
     * fits its criteria, whether a coaching note cites the agent's figures).
     */
    record Action(double t, String id, String action, Map<String, Object> params, String rationale,
                  boolean accepted, String message, Map<String, Object> facts) implements TimelineEntry {
        public Action {
            params = params == null ? Map.of() : Map.copyOf(params);
            facts = facts == null ? Map.of() : Map.copyOf(facts);
            rationale = rationale == null ? "" : rationale;
        }
    }

    /** A trainer's observation note, kept on the timeline for the debrief (never scored). */
    record Note(double t, String text) implements TimelineEntry {
    }

    /** The centre's figures once a virtual minute: what outcome checks and the outcome balance read. */
    record KpiSample(double t, Map<String, QueueFigures> queues, QueueFigures total, double csat, long surveys,
                     long complaints, long complianceBreaches, long casesOverEscalated, double overtimeAgentHours,
                     double sentHomeAgentHours, int complianceEventsOpen) implements TimelineEntry {
        public KpiSample {
            queues = Map.copyOf(queues);
        }
    }

    /** The per-queue figures a sample keeps (NaN when undefined). */
    record QueueFigures(double serviceLevel15m, double serviceLevelDay, double slTarget, double abandonRate15m,
                        double abandonRateDay, double asaSeconds15m, int waiting, double longestWaitSeconds,
                        long answered, long abandoned) {
    }
}
