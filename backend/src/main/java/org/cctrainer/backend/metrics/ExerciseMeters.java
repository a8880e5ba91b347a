package org.cctrainer.backend.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.kpi.WindowKpis;
import org.cctrainer.sim.model.AgentState;

/**
 * Per-exercise, per-queue meters, read from the latest snapshot the actor published. Labels
 * are bounded: exercise × queue × agent state, never a contact or an agent. Removed when the
 * exercise ends, so stopped exercises do not linger in every scrape.
 */
public final class ExerciseMeters {
    private final MeterRegistry registry;
    private final AtomicReference<KpiSnapshot> latest;
    private final AtomicReference<int[]> openAlerts = new AtomicReference<>(new int[2]);
    private final List<Meter> meters = new ArrayList<>();

    public ExerciseMeters(MeterRegistry registry, String exercise, KpiSnapshot first) {
        this.registry = registry;
        this.latest = new AtomicReference<>(first);
        for (QueueKpis queue : first.queues()) {
            String id = queue.id();
            Tags tags = Tags.of("exercise", exercise, "queue", id);
            gauge("cctrainer_queue_service_level", "Service level over the last 15 minutes (the queue's definition)",
                    tags.and("window", "15m"), s -> s.queue(id).last15().serviceLevel());
            gauge("cctrainer_queue_service_level", "Service level since the day started", tags.and("window", "day"),
                    s -> s.queue(id).sinceStart().serviceLevel());
            gauge("cctrainer_queue_service_level_target", "The queue's service-level target", tags,
                    s -> s.queue(id).slTarget());
            gauge("cctrainer_queue_waiting", "Contacts waiting now (callbacks excluded)", tags,
                    s -> s.queue(id).waiting());
            gauge("cctrainer_queue_longest_wait_seconds", "Longest current wait", tags,
                    s -> s.queue(id).longestWaitSeconds());
            gauge("cctrainer_queue_abandon_rate", "Abandoned ÷ (answered + abandoned), last 15 minutes", tags,
                    s -> s.queue(id).last15().abandonRate());
            counter("cctrainer_queue_offered", "Contacts offered to the queue", tags, s -> window(s, id).offered());
            counter("cctrainer_queue_answered", "Contacts answered", tags, s -> window(s, id).answered());
            counter("cctrainer_queue_abandoned", "Contacts abandoned", tags, s -> window(s, id).abandoned());
            for (AgentState state : AgentState.values()) {
                String name = state.wireName();
                gauge("cctrainer_queue_agents", "Agents skilled for the queue, by state", tags.and("state", name),
                        s -> s.queue(id).agentsByState().getOrDefault(name, 0));
            }
        }
        for (String severity : List.of("warning", "critical")) {
            int index = severity.equals("warning") ? 0 : 1;
            meters.add(Gauge.builder("cctrainer_exercise_alerts_open", openAlerts, a -> a.get()[index])
                    .description("Alerts raised or acknowledged and not yet resolved")
                    .tags(Tags.of("exercise", exercise, "severity", severity)).register(registry));
        }
        meters.add(Gauge.builder("cctrainer_exercise_virtual_seconds", latest, a -> a.get().t())
                .description("Virtual time of the exercise, seconds from the day's start")
                .tags(Tags.of("exercise", exercise)).register(registry));
    }

    private static WindowKpis window(KpiSnapshot snapshot, String queue) {
        return snapshot.queue(queue).sinceStart();
    }

    private void gauge(String name, String help, Tags tags, ToDoubleFunction<KpiSnapshot> value) {
        meters.add(Gauge.builder(name, latest, ref -> value.applyAsDouble(ref.get())).description(help).tags(tags)
                .register(registry));
    }

    private void counter(String name, String help, Tags tags, ToDoubleFunction<KpiSnapshot> value) {
        meters.add(FunctionCounter.builder(name, latest, ref -> value.applyAsDouble(ref.get())).description(help)
                .tags(tags).register(registry));
    }

    public void update(KpiSnapshot snapshot, int warnings, int criticals) {
        latest.set(snapshot);
        openAlerts.set(new int[] {warnings, criticals});
    }

    public void remove() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
