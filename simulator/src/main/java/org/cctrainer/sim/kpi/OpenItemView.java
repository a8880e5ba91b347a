package org.cctrainer.sim.kpi;

import java.util.List;

/**
 * An escalation case or compliance event that is open, with its deadline, and what a console
 * shows the trainee to decide on it. What the procedure requires (a case's tier, an event's
 * required actions) is deliberately absent: working that out is the exercise.
 *
 * @param escalation the case's details when {@code kind} is "escalation", else null
 * @param compliance the event's details when {@code kind} is "compliance", else null
 */
public record OpenItemView(String id, String kind, String title, String queue, double openedAt, double deadlineAt,
                           boolean deadlinePassed, EscalationDetails escalation, ComplianceDetails compliance) {

    /** An item without details (what callers built before the details were shown). */
    public OpenItemView(String id, String kind, String title, String queue, double openedAt, double deadlineAt,
                        boolean deadlinePassed) {
        this(id, kind, title, queue, openedAt, deadlineAt, deadlinePassed, null, null);
    }

    /**
     * What the customer and the case look like.
     *
     * @param vulnerability "none", "low", "medium" or "high"
     * @param regulatoryRisk "none", "low", "medium" or "high"
     * @param classification "standard" or "complex" as the trainee classified it; null until then
     */
    public record EscalationDetails(String customer, String summary, String vulnerability, String vulnerabilityNote,
                                    String regulatoryRisk, String regulation, double valueGbp, int repeatCount,
                                    boolean complaint, String classification, boolean escalated) {
    }

    /** What happened, and what the trainee has done about it so far (in order). */
    public record ComplianceDetails(String kind, String agent, String regulation, String description,
                                    String transcript, List<String> actionsTaken) {
        public ComplianceDetails {
            actionsTaken = List.copyOf(actionsTaken);
        }
    }
}
