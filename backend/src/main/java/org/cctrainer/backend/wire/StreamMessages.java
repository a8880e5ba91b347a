package org.cctrainer.backend.wire;

import java.util.List;
import java.util.Map;
import org.cctrainer.backend.exercise.ExerciseInfo;
import org.cctrainer.backend.exercise.TrendHistory;
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
                           List<String> activeIncidents, double overtimeAgentHours, double sentHomeAgentHours) {
        public static TickKpis of(KpiSnapshot snapshot) {
            return new TickKpis(snapshot.queues(), snapshot.total(), snapshot.openItems(), snapshot.activeIncidents(),
                    snapshot.overtimeAgentHours(), snapshot.sentHomeAgentHours());
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
}
