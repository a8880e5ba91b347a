package org.cctrainer.backend.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cctrainer.backend.scoring.TimelineEntry.Action;
import org.cctrainer.backend.scoring.TimelineEntry.KpiSample;
import org.cctrainer.backend.scoring.TimelineEntry.QueueFigures;

/**
 * A change's before and after: the minute sample just before it and one later sample (the
 * latest up to {@code until}), for the queues it touched (all of them if it named none).
 */
public final class BeforeAfter {
    private BeforeAfter() {
    }

    public static Map<String, Object> of(List<TimelineEntry> timeline, Action change, double until) {
        KpiSample before = null;
        KpiSample after = null;
        for (TimelineEntry entry : timeline) {
            if (entry instanceof KpiSample sample) {
                if (sample.t() <= change.t()) {
                    before = sample;
                } else if (sample.t() <= until) {
                    after = sample;
                }
            }
        }
        List<String> queues = touched(change, before == null ? after : before);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("beforeAt", before == null ? null : before.t());
        result.put("afterAt", after == null ? null : after.t());
        result.put("before", figures(before, queues));
        result.put("after", figures(after, queues));
        List<String> lines = new ArrayList<>();
        for (String queue : queues) {
            double b = sl(before, queue);
            double a = sl(after, queue);
            if (Double.isFinite(b) || Double.isFinite(a)) {
                lines.add(queue + " service level " + pct(b) + " → " + pct(a));
            }
        }
        result.put("summary", lines.isEmpty() ? "no figures yet" : String.join("; ", lines));
        return result;
    }

    private static List<String> touched(Action change, KpiSample sample) {
        List<String> queues = new ArrayList<>();
        for (String key : List.of("queue", "queues", "to")) {
            Object value = change.params().get(key);
            if (value instanceof Collection<?> list) {
                list.forEach(v -> add(queues, String.valueOf(v)));
            } else if (value != null) {
                add(queues, String.valueOf(value));
            }
        }
        if (queues.isEmpty() && sample != null) {
            queues.addAll(sample.queues().keySet().stream().sorted().toList());
        }
        return queues;
    }

    private static void add(List<String> queues, String queue) {
        if (!queues.contains(queue)) {
            queues.add(queue);
        }
    }

    private static Map<String, Object> figures(KpiSample sample, List<String> queues) {
        Map<String, Object> byQueue = new LinkedHashMap<>();
        if (sample == null) {
            return byQueue;
        }
        for (String queue : queues) {
            QueueFigures q = sample.queues().get(queue);
            if (q != null) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("serviceLevel15m", q.serviceLevel15m());
                f.put("abandonRate15m", q.abandonRate15m());
                f.put("asaSeconds15m", q.asaSeconds15m());
                f.put("waiting", q.waiting());
                byQueue.put(queue, f);
            }
        }
        return byQueue;
    }

    private static double sl(KpiSample sample, String queue) {
        QueueFigures q = sample == null ? null : sample.queues().get(queue);
        return q == null ? Double.NaN : q.serviceLevel15m();
    }

    private static String pct(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.0f%%", value * 100) : "–";
    }
}
