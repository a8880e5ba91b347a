package org.cctrainer.backend.alerts;

/**
 * What one rule sees for one queue or agent in one snapshot.
 *
 * @param queue the queue id, or null for an agent reading
 * @param agent the agent id, or null for a queue reading
 * @param value the measure, in the rule's unit (NaN when there is nothing to measure)
 */
public record Reading(String queue, String agent, double value, Zone zone) {

    public static Reading ofQueue(String queue, double value, Zone zone) {
        return new Reading(queue, null, value, zone);
    }

    public static Reading ofAgent(String agent, double value, Zone zone) {
        return new Reading(null, agent, value, zone);
    }

    /** "queue/billing" or "agent/a17": with the rule name, identifies the one open alert allowed. */
    public String subject() {
        return queue != null ? "queue/" + queue : "agent/" + agent;
    }
}
