package org.cctrainer.sim.incident;

import java.util.List;

/**
 * Something that happens to the centre: scripted in a scenario at a time, or injected by a
 * trainer during an exercise. Incidents are plain data so later stages (alerts, scoring,
 * debrief) can reason about them; {@code durationMinutes} 0 means "for the rest of the day".
 */
public sealed interface Incident {

    String id();

    String title();

    /** The queues an incident names (empty: every queue, for volume, handle-time and outage incidents). */
    static List<String> queuesOf(Incident incident) {
        if (incident instanceof VolumeChange v) {
            return v.queues();
        } else if (incident instanceof HandleTimeChange h) {
            return h.queues();
        } else if (incident instanceof Outage o) {
            return o.queues();
        } else if (incident instanceof EscalationCase c) {
            return c.queue() == null ? List.of() : List.of(c.queue());
        } else if (incident instanceof ComplianceEvent c) {
            return c.queue() == null ? List.of() : List.of(c.queue());
        }
        return List.of();
    }

    /** The agents an incident names. */
    static List<String> agentsOf(Incident incident) {
        if (incident instanceof Sickness s) {
            return s.agents();
        } else if (incident instanceof ComplianceEvent c) {
            return c.agent() == null ? List.of() : List.of(c.agent());
        }
        return List.of();
    }

    /** Demand differs from the forecast: arrivals on {@code queues} are multiplied. */
    record VolumeChange(String id, String title, List<String> queues, double multiplier, double durationMinutes)
            implements Incident {
        public VolumeChange {
            queues = List.copyOf(queues);
            Checks.positive(multiplier, "multiplier");
            Checks.duration(durationMinutes);
        }
    }

    /** Contacts take longer (a slow CRM, a new process): handle time on {@code queues} is multiplied. */
    record HandleTimeChange(String id, String title, String system, List<String> queues, double multiplier,
                            double durationMinutes) implements Incident {
        public HandleTimeChange {
            queues = List.copyOf(queues);
            Checks.positive(multiplier, "multiplier");
            Checks.duration(durationMinutes);
        }
    }

    /**
     * A system is down. If {@code closesQueues}, the queues accept no new contacts (customers hear a
     * closed message and are counted as blocked); otherwise agents work around it and handle time
     * is multiplied by {@code handleTimeMultiplier}. The recovery-time objective is what the
     * continuity plan promises.
     */
    record Outage(String id, String title, String system, List<String> queues, boolean closesQueues,
                  double handleTimeMultiplier, double durationMinutes, double recoveryTimeObjectiveMinutes)
            implements Incident {
        public Outage {
            queues = List.copyOf(queues);
            Checks.positive(handleTimeMultiplier, "handleTimeMultiplier");
            Checks.duration(durationMinutes);
        }
    }

    /** Agents go home sick: the named ones, or {@code count} picked among those logged in (of {@code team}). */
    record Sickness(String id, String title, int count, String team, List<String> agents) implements Incident {
        public Sickness {
            agents = List.copyOf(agents);
            if (count < 0 || (count == 0 && agents.isEmpty())) {
                throw new IllegalArgumentException("sickness needs agents or a count ≥ 1");
            }
        }
    }

    /**
     * A complaint or special case that needs a decision: the attributes are what a multi-tier
     * escalation procedure uses to decide its tier (vulnerability, regulatory risk, value, repeats).
     */
    record EscalationCase(String id, String title, String queue, String customer, String summary,
                          RiskLevel vulnerability, String vulnerabilityNote, RiskLevel regulatoryRisk,
                          String regulation, double valueGbp, int repeatCount, double deadlineMinutes,
                          boolean complaint) implements Incident {
        public EscalationCase {
            Checks.nonNegative(valueGbp, "valueGbp");
            Checks.positive(deadlineMinutes, "deadlineMinutes");
            if (repeatCount < 0) {
                throw new IllegalArgumentException("repeatCount must be ≥ 0, got " + repeatCount);
            }
        }
    }

    /**
     * A breach of policy or regulation found in operations, e.g. card details captured on a call
     * recording (PCI DSS) or personal data sent to the wrong customer (UK GDPR, 72-hour report).
     * It stays open until every one of {@code requiredActions} has been taken; null or empty means
     * the defaults for its {@code kind} ({@link ComplianceActions#defaultsFor}).
     */
    record ComplianceEvent(String id, String title, String kind, String agent, String queue, String regulation,
                           String description, String transcript, double reportDeadlineHours,
                           List<String> requiredActions) implements Incident {
        public ComplianceEvent {
            Checks.nonNegative(reportDeadlineHours, "reportDeadlineHours");
            if (requiredActions == null || requiredActions.isEmpty()) {
                requiredActions = ComplianceActions.defaultsFor(kind, agent);
            } else {
                requiredActions = List.copyOf(requiredActions);
                String problem = ComplianceActions.problemWith(requiredActions, agent);
                if (problem != null) {
                    throw new IllegalArgumentException("requiredActions: " + problem);
                }
            }
        }

        /** An event whose required actions are the defaults for its kind. */
        public ComplianceEvent(String id, String title, String kind, String agent, String queue, String regulation,
                               String description, String transcript, double reportDeadlineHours) {
            this(id, title, kind, agent, queue, regulation, description, transcript, reportDeadlineHours, null);
        }
    }

    /** Argument checks shared by the incident records. */
    final class Checks {
        private Checks() {
        }

        static void positive(double value, String name) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be > 0, got " + value);
            }
        }

        static void nonNegative(double value, String name) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be ≥ 0, got " + value);
            }
        }

        static void duration(double minutes) {
            nonNegative(minutes, "durationMinutes");
        }
    }
}
