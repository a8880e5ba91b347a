package org.cctrainer.backend.scoring;

import java.util.List;
import java.util.Locale;
import org.cctrainer.backend.scoring.TimelineEntry.KpiSample;
import org.cctrainer.backend.scoring.TimelineEntry.QueueFigures;

/** The figures an outcome check may name, read from a minute sample. */
final class OutcomeKpis {
    static final List<String> NAMES = List.of("serviceLevel15m", "serviceLevelDay", "abandonRate15m", "abandonRateDay",
            "asa15m", "waiting", "longestWait", "complaints", "complianceBreaches");

    private OutcomeKpis() {
    }

    static double value(String kpi, String queue, KpiSample sample) {
        switch (kpi) {
            case "complaints" -> {
                return sample.complaints();
            }
            case "complianceBreaches" -> {
                return sample.complianceBreaches();
            }
            default -> {
                QueueFigures q = queue == null ? sample.total() : sample.queues().get(queue);
                if (q == null) {
                    return Double.NaN;
                }
                return switch (kpi) {
                    case "serviceLevel15m" -> q.serviceLevel15m();
                    case "serviceLevelDay" -> q.serviceLevelDay();
                    case "abandonRate15m" -> q.abandonRate15m();
                    case "abandonRateDay" -> q.abandonRateDay();
                    case "asa15m" -> q.asaSeconds15m();
                    case "waiting" -> q.waiting();
                    case "longestWait" -> q.longestWaitSeconds();
                    default -> Double.NaN;
                };
            }
        }
    }

    static double target(String queue, KpiSample sample) {
        QueueFigures q = queue == null ? sample.total() : sample.queues().get(queue);
        return q == null ? Double.NaN : q.slTarget();
    }

    static String format(String kpi, double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (kpi.startsWith("serviceLevel") || kpi.startsWith("abandonRate")) {
            return String.format(Locale.ROOT, "%.0f%%", value * 100);
        }
        if (kpi.startsWith("asa") || kpi.equals("longestWait")) {
            return String.format(Locale.ROOT, "%.0f s", value);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
