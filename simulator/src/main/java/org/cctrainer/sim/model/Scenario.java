package org.cctrainer.sim.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cctrainer.sim.incident.ScheduledIncident;

/**
 * A day in a contact centre, ready to simulate: queues, the roster, scripted incidents.
 * Times are virtual seconds from the day's start, which is {@code startMinuteOfDay} on the clock.
 *
 * @param surveyRate share of contacts whose customer answers the satisfaction survey
 * @param qaSampleRate share of contacts a quality evaluator scores
 */
public record Scenario(String id, String title, String summary, int startMinuteOfDay, double durationSeconds,
                       long defaultSeed, List<QueueConfig> queues, List<AgentConfig> agents,
                       List<ScheduledIncident> incidents, double surveyRate, double qaSampleRate) {

    public Scenario {
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        incidents = List.copyOf(incidents);
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one queue");
        }
        Set<String> ids = new HashSet<>();
        for (QueueConfig queue : queues) {
            if (!ids.add(queue.id())) {
                throw new IllegalArgumentException("queue id '" + queue.id() + "' is used twice");
            }
        }
        Set<String> agentIds = new HashSet<>();
        for (AgentConfig agent : agents) {
            if (!agentIds.add(agent.id())) {
                throw new IllegalArgumentException("agent id '" + agent.id() + "' is used twice");
            }
        }
    }

    public QueueConfig queue(String queueId) {
        return queues.stream().filter(q -> q.id().equals(queueId)).findFirst().orElse(null);
    }
}
