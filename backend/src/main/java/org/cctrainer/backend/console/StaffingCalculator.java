package org.cctrainer.backend.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cctrainer.sim.erlang.QueueFigures;
import org.cctrainer.sim.erlang.QueueModel;
import org.cctrainer.sim.erlang.QueueingModels;
import org.cctrainer.sim.erlang.Staffing;
import org.cctrainer.sim.erlang.StaffingResult;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.QueueConfig;

/**
 * The console's staffing calculator: Erlang A when the queue's callers abandon, Erlang C when
 * they do not, for the queue's own service-level target and threshold. A chat agent working k
 * chats at once counts as k servers. Email has no queueing model: it is sized by workload.
 */
final class StaffingCalculator {
    private StaffingCalculator() {
    }

    static Map<String, Object> calculate(QueueConfig queue, double callsPerHour, double ahtSeconds, Integer agents) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("queue", queue.id());
        result.put("callsPerHour", callsPerHour);
        result.put("ahtSeconds", ahtSeconds);
        result.put("target", queue.sla().target());
        result.put("thresholdSeconds", queue.sla().thresholdSeconds());
        double workload = callsPerHour * ahtSeconds / 3600.0;
        result.put("workloadErlangs", round(workload, 2));
        if (callsPerHour <= 0) {
            result.put("model", "none");
            result.put("requiredAgents", 0);
            return result;
        }
        int servers = queue.channel() == Channel.CHAT ? queue.concurrency() : 1;
        if (queue.channel() == Channel.EMAIL) {
            result.put("model", "workload");
            result.put("requiredAgents", (int) Math.ceil(workload / 0.85));
            return result;
        }
        double patience = queue.patience().mean();
        boolean abandons = Double.isFinite(patience) && patience > 0;
        result.put("model", abandons ? "Erlang A" : "Erlang C");
        QueueModel template = new QueueModel(callsPerHour, ahtSeconds, abandons ? patience : Double.POSITIVE_INFINITY,
                1, queue.sla().thresholdSeconds(), queue.shortAbandonSeconds());
        try {
            StaffingResult best = Staffing.fewestAgents(template, Math.min(0.999, queue.sla().target()));
            int people = (int) Math.ceil((double) best.agents() / servers);
            result.put("requiredAgents", people);
            result.put("atRequired", figures(best.figures()));
        } catch (IllegalArgumentException e) {
            result.put("requiredAgents", null);
            result.put("problem", e.getMessage());
        }
        if (agents != null) {
            QueueFigures withThem = QueueingModels.figures(template.withAgents(Math.max(1, agents * servers)));
            result.put("agents", agents);
            result.put("withAgents", figures(withThem));
        }
        return result;
    }

    private static Map<String, Object> figures(QueueFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serviceLevel", round(f.serviceLevel(), 3));
        m.put("asaSeconds", round(f.asaSeconds(), 1));
        m.put("abandonRate", round(f.pAbandon(), 3));
        m.put("occupancy", round(f.occupancy(), 3));
        return m;
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Double.isFinite(value) ? Math.round(value * scale) / scale : value;
    }
}
