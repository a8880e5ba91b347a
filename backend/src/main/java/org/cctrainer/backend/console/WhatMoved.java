package org.cctrainer.backend.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.Scenario;

/**
 * "What moved": splits a queue's trouble into its drivers over the last 30 minutes — volume
 * against forecast, handle time against forecast, and staff on the queue against what Erlang
 * says the actual volume and handle time need — because a real-time manager diagnoses first.
 */
final class WhatMoved {
    private WhatMoved() {
    }

    static List<Map<String, Object>> of(KpiSnapshot snapshot, Scenario scenario) {
        List<Map<String, Object>> queues = new ArrayList<>();
        for (QueueKpis q : snapshot.queues()) {
            var config = scenario.queue(q.id());
            if (config == null || config.channel() == Channel.EMAIL) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("queue", q.id());
            row.put("name", q.name());
            double volume = ratio(q.last30().arrived(), q.forecastLast30());
            double aht = ratio(q.last30().ahtSeconds(), q.forecastAhtSeconds());
            int staffed = count(q, "available") + count(q, "on-contact") + count(q, "wrap-up");
            double perHour = q.last30().arrived() * 2.0;
            double handle = Double.isFinite(q.last30().ahtSeconds()) ? q.last30().ahtSeconds() : q.forecastAhtSeconds();
            Object required = perHour > 0
                    ? StaffingCalculator.calculate(config, perHour, handle, null).get("requiredAgents") : 0;
            row.put("serviceLevel15m", q.last15().serviceLevel());
            row.put("target", q.slTarget());
            row.put("arrivedLast30", q.last30().arrived());
            row.put("forecastLast30", Math.round(q.forecastLast30() * 10) / 10.0);
            row.put("volumeVsForecast", volume);
            row.put("ahtSeconds", q.last30().ahtSeconds());
            row.put("forecastAhtSeconds", q.forecastAhtSeconds());
            row.put("ahtVsForecast", aht);
            row.put("staffed", staffed);
            row.put("required", required);
            row.put("driver", driver(volume, aht, staffed, required));
            queues.add(row);
        }
        return queues;
    }

    /** The largest deviation, if any is over 10%. */
    static String driver(double volume, double aht, int staffed, Object required) {
        double v = Double.isFinite(volume) ? volume - 1 : 0;
        double h = Double.isFinite(aht) ? aht - 1 : 0;
        double s = required instanceof Integer need && need > 0 ? (need - staffed) / (double) need : 0;
        double worst = Math.max(v, Math.max(h, s));
        if (worst < 0.10) {
            return "none";
        }
        return worst == v ? "volume" : worst == h ? "handle-time" : "staffing";
    }

    private static int count(QueueKpis q, String state) {
        return q.agentsByState().getOrDefault(state, 0);
    }

    private static double ratio(double actual, double expected) {
        return expected > 0 && Double.isFinite(actual) ? Math.round(actual / expected * 100) / 100.0 : Double.NaN;
    }
}
