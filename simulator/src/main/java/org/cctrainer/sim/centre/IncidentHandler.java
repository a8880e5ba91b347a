package org.cctrainer.sim.centre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.engine.Event;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.model.AgentState;

/**
 * Starts and ends incidents. Multipliers are recomputed from the set of active incidents (not
 * multiplied in and divided out), so overlapping incidents compose exactly and end cleanly.
 * Escalation cases and compliance events are kept as open items with their deadlines.
 */
final class IncidentHandler {
    private final ContactCentre centre;
    private final Map<String, Incident> active = new LinkedHashMap<>();
    private final List<OpenItem> items = new ArrayList<>();

    IncidentHandler(ContactCentre centre) {
        this.centre = centre;
    }

    /**
     * An escalation case or compliance event that the trainee must deal with, its clock, and what
     * has been done about it. It stays in the list once closed (so its id cannot be reused) but
     * leaves the wallboard.
     */
    static final class OpenItem extends Event {
        final Incident incident;
        final double openedAt;
        final double deadlineAt;
        private final ContactCentre centre;
        boolean deadlinePassed;
        /** Escalated (a case) or every required action taken (a compliance event). */
        boolean closed;
        /** A case: "standard" or "complex" as the trainee classified it, null until then. */
        String classification;
        /** A case: handed to a tier (closed for the trainee). */
        boolean escalated;
        /** A case: its customer has been failed (and will come back); happens at most once. */
        boolean failed;
        /** A compliance event: the actions taken, in order. */
        final List<String> actionsTaken = new ArrayList<>();
        /** A compliance event: lateness of the report to the DPO has been counted as a breach. */
        boolean lateReportCounted;

        OpenItem(ContactCentre centre, Incident incident, double openedAt, double deadlineAt) {
            this.centre = centre;
            this.incident = incident;
            this.openedAt = openedAt;
            this.deadlineAt = deadlineAt;
        }

        @Override
        protected void fire() {
            deadlinePassed = true;
            if (centre.listening()) {
                centre.emit(new SimEvent.CaseDeadlinePassed(centre.now(), incident.id()));
            }
            if (incident instanceof Incident.EscalationCase) {
                centre.cases.deadlinePassed(this);
            } else if (incident instanceof Incident.ComplianceEvent) {
                centre.compliance.deadlinePassed(this);
            }
        }
    }

    private final class EndTimer extends Event {
        private final String id;

        EndTimer(String id) {
            this.id = id;
        }

        @Override
        protected void fire() {
            end(id);
        }
    }

    List<OpenItem> items() {
        return items;
    }

    /** The case or compliance event with this id (open or closed), or null. */
    OpenItem item(String id) {
        for (OpenItem item : items) {
            if (item.incident.id().equals(id)) {
                return item;
            }
        }
        return null;
    }

    /** The volume, handle-time or outage incident with this id if it is under way, else null. */
    Incident activeIncident(String id) {
        return id == null ? null : active.get(id);
    }

    /** Active outages' ids, for a refusal that lists them. */
    List<String> activeOutageIds() {
        List<String> ids = new ArrayList<>();
        for (Incident incident : active.values()) {
            if (incident instanceof Incident.Outage) {
                ids.add(incident.id());
            }
        }
        return ids;
    }

    List<String> activeIds() {
        return List.copyOf(active.keySet());
    }

    /** Checks the incident against the centre; null when it can start. */
    String problemWith(Incident incident) {
        List<String> queues = Incident.queuesOf(incident);
        for (String queue : queues) {
            if (centre.queue(queue) == null) {
                return "unknown queue '" + queue + "'; queues are " + String.join(", ", centre.queueById.keySet());
            }
        }
        for (String agent : Incident.agentsOf(incident)) {
            if (centre.agent(agent) == null) {
                return "unknown agent '" + agent + "'";
            }
        }
        if (active.containsKey(incident.id()) || items.stream().anyMatch(i -> i.incident.id().equals(incident.id()))) {
            return "an incident with id '" + incident.id() + "' already happened today";
        }
        return null;
    }

    CommandResult start(Incident incident) {
        String problem = problemWith(incident);
        if (problem != null) {
            return CommandResult.rejected(problem);
        }
        double now = centre.now();
        double minutes = durationMinutes(incident);
        if (centre.listening()) {
            centre.emit(new SimEvent.IncidentStarted(now, incident));
        }
        if (incident instanceof Incident.Sickness sickness) {
            sicken(sickness);
        } else if (incident instanceof Incident.EscalationCase escalation) {
            open(incident, now + escalation.deadlineMinutes() * 60);
        } else if (incident instanceof Incident.ComplianceEvent event) {
            open(incident, now + event.reportDeadlineHours() * 3600);
        } else {
            active.put(incident.id(), incident);
            recomputeMultipliers();
            if (minutes > 0) {
                centre.scheduler().schedule(new EndTimer(incident.id()), now + minutes * 60);
            }
        }
        return CommandResult.applied(incident.title() == null ? incident.id() : incident.title());
    }

    void end(String id) {
        if (active.remove(id) != null) {
            recomputeMultipliers();
            if (centre.listening()) {
                centre.emit(new SimEvent.IncidentEnded(centre.now(), id));
            }
        }
    }

    private void open(Incident incident, double deadlineAt) {
        OpenItem item = new OpenItem(centre, incident, centre.now(), deadlineAt);
        items.add(item);
        if (deadlineAt > centre.now()) {
            centre.scheduler().schedule(item, deadlineAt);
        }
    }

    private void sicken(Incident.Sickness sickness) {
        List<Agent> chosen = new ArrayList<>();
        for (String id : sickness.agents()) {
            chosen.add(centre.agent(id));
        }
        List<Agent> candidates = new ArrayList<>();
        for (Agent agent : centre.agents) {
            boolean inTeam = sickness.team() == null || sickness.team().isBlank()
                    || sickness.team().equals(agent.config.team());
            if (inTeam && !agent.goneForTheDay && agent.state != AgentState.LOGGED_OUT && !chosen.contains(agent)) {
                candidates.add(agent);
            }
        }
        var random = centre.streams.forName("incident." + sickness.id());
        for (int i = 0; i < sickness.count() && !candidates.isEmpty(); i++) {
            chosen.add(candidates.remove(random.nextInt(candidates.size())));
        }
        for (Agent agent : chosen) {
            centre.lifecycle.sendHome(agent, "sick");
        }
    }

    void recomputeMultipliers() {
        for (ServiceQueue queue : centre.queues) {
            double volume = 1;
            double handle = 1;
            int closures = 0;
            for (Incident incident : active.values()) {
                if (!applies(Incident.queuesOf(incident), queue)) {
                    continue;
                }
                if (incident instanceof Incident.VolumeChange v) {
                    volume *= v.multiplier();
                } else if (incident instanceof Incident.HandleTimeChange h) {
                    handle *= h.multiplier();
                } else if (incident instanceof Incident.Outage o) {
                    // The continuity plan, once invoked, changes how hard the outage hits.
                    handle *= centre.continuity.handleTimeMultiplier(o);
                    volume *= centre.continuity.volumeMultiplier(o);
                    closures += centre.continuity.closesQueues(o) ? 1 : 0;
                }
            }
            queue.handleTimeMultiplier = handle;
            queue.closures = closures;
            if (volume != queue.volumeMultiplier) {
                queue.volumeMultiplier = volume;
                queue.arrivals.scheduleNext(centre.now());
            }
        }
    }

    /** How long a volume, handle-time or outage incident lasts; 0 for the rest of the day, -1 for the others. */
    static double durationMinutes(Incident incident) {
        if (incident instanceof Incident.VolumeChange v) {
            return v.durationMinutes();
        } else if (incident instanceof Incident.HandleTimeChange h) {
            return h.durationMinutes();
        } else if (incident instanceof Incident.Outage o) {
            return o.durationMinutes();
        }
        return -1;
    }

    /** An empty queue list means every queue. */
    private static boolean applies(List<String> queues, ServiceQueue queue) {
        return queues.isEmpty() || queues.contains(queue.id());
    }
}
