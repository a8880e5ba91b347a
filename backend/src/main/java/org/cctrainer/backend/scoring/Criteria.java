package org.cctrainer.backend.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/** The assessment criteria of the qualification units (docs: the shared marking-points list), by id. */
public final class Criteria {
    private Criteria() {
    }

    public static final Map<String, String> TITLES = titles();

    private static Map<String, String> titles() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("A1", "Escalation procedures that resolve difficult issues with quality and compliance");
        t.put("A2", "Monitors performance with a range of feedback sources and acts on findings");
        t.put("A3", "Practice kept in line with policy and regulation");
        t.put("A4", "Resource planning, technology and team leadership principles");
        t.put("B1", "Monitors real-time performance and spots deviations from SLAs");
        t.put("B2", "Modifies system parameters (routing, IVR, workforce) to improve KPIs");
        t.put("B3", "Actionable continuity plan for system failures");
        t.put("B4", "Risk-assesses systems and technology and prioritises mitigations");
        t.put("B5", "Evaluates changes by before-and-after analysis");
        t.put("C1", "Multi-tiered escalation: criteria, roles and timeframes");
        t.put("C2", "Quantitative and qualitative monitoring, with actions from feedback");
        t.put("C3", "Policy and regulation built into daily operations");
        t.put("C4", "Workload forecasting and staffing to maintain SLAs");
        t.put("C5", "Coaching or training planned from monitoring outcomes");
        t.put("D1", "SMART objectives for service standards");
        t.put("D2", "Communicates standards through briefings and displays");
        t.put("D3", "Supports staff with targeted coaching");
        t.put("D4", "Uses quality monitoring tools to assess adherence to standards");
        t.put("D5", "Analyses monitoring data and makes evidence-based improvements");
        t.put("E1", "Structured feedback models (BOOST, SBI)");
        t.put("E2", "Coordinates an improvement activity with SMART objectives");
        t.put("E3", "Change management: announce, explain, review");
        t.put("E4", "Cites contact-centre metrics in performance discussions");
        t.put("E5", "Involves team members for buy-in");
        return java.util.Collections.unmodifiableMap(t);
    }

    public static boolean known(String id) {
        return TITLES.containsKey(id);
    }
}
