package org.cctrainer.backend.wire;

import java.util.List;
import java.util.Map;
import org.cctrainer.backend.console.CommandOutcome;
import org.cctrainer.backend.console.TraineeCommand;
import org.cctrainer.backend.exercise.ExerciseInfo;
import org.cctrainer.backend.scoring.ScoreReport;
import org.cctrainer.backend.exercise.TrendHistory;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.OpenItemView;
import org.cctrainer.sim.kpi.QueueKpis;

/**
 * The messages an exercise sends its viewers (documented in docs/protocol.md). Every one has
 * {@code type}, {@code exercise}, {@code seq} (increasing per exercise) and {@code t} (virtual
 * seconds from the day's start).
 */
public final class StreamMessages {
    private StreamMessages() {
    }

    /** The whole current state: the first message on every connection. */
    public record Snapshot(String type, String exercise, long seq, double t, String clock, String state,
                           double speed, ExerciseInfo info, ScenarioSummary scenario, KpiSnapshot kpis,
                           List<?> alerts, List<EventMessage> events, List<TrendHistory.Point> history) {
    }

    /**
     * A few times a second: the KPIs now (no per-agent list; that is in the snapshot).
     * {@code sentMicros} is when the server made it (epoch microseconds): a client can tell
     * how stale what it shows is, and the fan-out benchmark measures latency with it.
     */
    public record Tick(String type, String exercise, long seq, double t, long sentMicros, String clock, String state,
                       double speed, TickKpis kpis, TrendHistory.Point trend) {
    }

    public record TickKpis(List<QueueKpis> queues, QueueKpis total, List<OpenItemView> openItems,
                           List<String> activeIncidents, double overtimeAgentHours, double sentHomeAgentHours,
                           long complaints, long casesOverEscalated, long complianceBreaches,
                           List<IncidentView> incidents) {
        public static TickKpis of(KpiSnapshot snapshot, Map<String, Incident> known) {
            return new TickKpis(snapshot.queues(), snapshot.total(), snapshot.openItems(), snapshot.activeIncidents(),
                    snapshot.overtimeAgentHours(), snapshot.sentHomeAgentHours(), snapshot.complaints(),
                    snapshot.casesOverEscalated(), snapshot.complianceBreaches(), IncidentView.of(snapshot, known));
        }
    }

    /** An incident under way (volume, handle-time or outage), for a console to name and act on. */
    public record IncidentView(String id, String type, String title, List<String> queues) {
        static List<IncidentView> of(KpiSnapshot snapshot, Map<String, Incident> known) {
            List<IncidentView> views = new java.util.ArrayList<>();
            for (String id : snapshot.activeIncidents()) {
                Incident incident = known.get(id);
                if (incident != null) {
                    views.add(new IncidentView(id, IncidentTypes.wireName(incident), incident.title(),
                            Incident.queuesOf(incident)));
                }
            }
            return views;
        }
    }

    /** An alert was raised, changed severity, was acknowledged or resolved. */
    public record AlertMessage(String type, String exercise, long seq, double t, Object change, Object alert) {
    }

    /** Something that happened worth a line on the timeline: an incident, a pause, the day ending. */
    public record EventMessage(String type, String exercise, long seq, double t, String clock, String kind,
                               String summary, Map<String, Object> detail) {
    }

    public record ScenarioSummary(String id, String title, String summary, String startClock, double durationSeconds) {
    }

    /**
     * The answer to one command, for its sender only: {@code ack} (with the one-line effect and
     * any result) or {@code error} (with a code and the reason). It repeats the latest {@code seq}.
     */
    public record CommandReply(String type, String exercise, long seq, double t, Object id, String action, String code,
                               String message, Map<String, Object> result) {
        public static CommandReply ack(String exercise, long seq, double t, TraineeCommand command,
                                       CommandOutcome outcome) {
            return new CommandReply("ack", exercise, seq, t, command.id(), command.action(), null, outcome.message(),
                    outcome.result());
        }

        public static CommandReply error(String exercise, long seq, double t, Object id, String code, String message) {
            return new CommandReply("error", exercise, seq, t, id instanceof String text ? text : null, null, code,
                    message, null);
        }
    }

    /** The trainee's score as it stands (to trainers live; to the trainee at the end, or live if the scenario says). */
    public record ScoreMessage(String type, String exercise, long seq, double t, ScoreReport score) {
    }
}
