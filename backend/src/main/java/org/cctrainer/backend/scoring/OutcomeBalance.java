package org.cctrainer.backend.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cctrainer.backend.scoring.ScoreReport.Balance;
import org.cctrainer.backend.scoring.ScoreReport.Component;
import org.cctrainer.backend.scoring.TimelineEntry.KpiSample;
import org.cctrainer.backend.scoring.TimelineEntry.QueueFigures;

/**
 * The outcome balance: service level, abandonment, customer satisfaction, cost and compliance,
 * each scored 0–1 from the day's figures and weighted by the scenario, so that hitting 80/20 at
 * any cost (overtime for everything, every case to the top tier) is not the best strategy.
 * The bands are in docs/scoring.md.
 */
final class OutcomeBalance {
    private OutcomeBalance() {
    }

    static Balance of(MarkingScheme.Outcome weights, KpiSample sample) {
        if (sample == null) {
            return new Balance(0, List.of());
        }
        List<Component> parts = new ArrayList<>();
        parts.add(serviceLevel(weights.serviceLevel(), sample));
        double abandon = sample.total().abandonRateDay();
        parts.add(new Component("abandonment", "Abandonment", weights.abandonment(),
                Double.isNaN(abandon) ? 1 : clamp(1 - abandon / 0.20), percent(abandon) + " abandoned"));
        double csat = Double.isNaN(sample.csat()) ? 3.5 : sample.csat();
        parts.add(new Component("csat", "Customer satisfaction", weights.csat(),
                clamp((csat - 2.5) / 2.0 - 0.05 * sample.complaints()),
                (Double.isNaN(sample.csat()) ? "no surveys yet" : String.format(Locale.ROOT, "CSAT %.2f of 5", csat))
                        + ", " + sample.complaints() + " complaint" + (sample.complaints() == 1 ? "" : "s")));
        double budget = weights.overtimeBudgetAgentHours();
        double overtime = sample.overtimeAgentHours();
        double costScore = overtime <= budget ? 1 : clamp(1 - (overtime - budget) / Math.max(1, 2 * budget));
        parts.add(new Component("cost", "Cost", weights.cost(), clamp(costScore - 0.1 * sample.casesOverEscalated()),
                String.format(Locale.ROOT, "%.1f overtime agent-hours (budget %.0f), %d case%s over-escalated",
                        overtime, budget, sample.casesOverEscalated(), sample.casesOverEscalated() == 1 ? "" : "s")));
        // A compliance event still open (its required responses not all made) is exposure: a
        // recording still holding card details is a problem whether or not a deadline has passed.
        parts.add(new Component("compliance", "Compliance", weights.compliance(),
                clamp(1 - 0.5 * sample.complianceBreaches() - 0.25 * sample.complianceEventsOpen()),
                sample.complianceBreaches() + " breach" + (sample.complianceBreaches() == 1 ? "" : "es")
                        + " of policy or regulation, " + sample.complianceEventsOpen() + " compliance event"
                        + (sample.complianceEventsOpen() == 1 ? "" : "s") + " still open"));
        double total = weights.total();
        double score = 0;
        for (Component part : parts) {
            score += part.weight() * part.score();
        }
        return new Balance(total == 0 ? 0 : Math.round(score / total * 1000) / 1000.0, parts);
    }

    /** Each queue's day service level as a share of its target, weighted by its contacts: 60% of target scores 0. */
    private static Component serviceLevel(double weight, KpiSample sample) {
        double weighted = 0;
        double contacts = 0;
        for (QueueFigures queue : sample.queues().values()) {
            double volume = queue.answered() + queue.abandoned();
            if (volume == 0 || Double.isNaN(queue.serviceLevelDay()) || Double.isNaN(queue.slTarget())) {
                continue;
            }
            weighted += volume * Math.min(1, queue.serviceLevelDay() / queue.slTarget());
            contacts += volume;
        }
        double ratio = contacts == 0 ? 1 : weighted / contacts;
        return new Component("service-level", "Service level", weight, clamp((ratio - 0.6) / 0.4),
                String.format(Locale.ROOT, "%.0f%% of target across queues", ratio * 100));
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
