package org.cctrainer.backend.core;

import java.util.HashMap;
import java.util.Map;
import org.cctrainer.backend.scoring.TimelineEntry.KpiSample;
import org.cctrainer.backend.scoring.TimelineEntry.QueueFigures;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;

/** Turns a KPI snapshot into the scorer's compact minute sample. */
final class Samples {
    private Samples() {
    }

    static KpiSample of(KpiSnapshot s) {
        Map<String, QueueFigures> queues = new HashMap<>();
        for (QueueKpis q : s.queues()) {
            queues.put(q.id(), figures(q));
        }
        QueueKpis total = s.total();
        return new KpiSample(s.t(), queues, figures(total), total.sinceStart().csat(), total.sinceStart().surveys(),
                s.complaints(), s.complianceBreaches(), s.casesOverEscalated(), s.overtimeAgentHours(),
                s.sentHomeAgentHours(), (int) s.openItems().stream().filter(i -> i.kind().equals("compliance")).count());
    }

    private static QueueFigures figures(QueueKpis q) {
        return new QueueFigures(q.last15().serviceLevel(), q.sinceStart().serviceLevel(), q.slTarget(),
                q.last15().abandonRate(), q.sinceStart().abandonRate(), q.last15().asaSeconds(), q.waiting(),
                q.longestWaitSeconds(), q.sinceStart().answered(), q.sinceStart().abandoned());
    }
}
