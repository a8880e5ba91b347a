package org.cctrainer.backend.scoring;

import java.util.List;

/** Every action a trainee can take (docs/protocol.md, "Commands"): what marking schemes may name. */
public final class ActionNames {
    private ActionNames() {
    }

    /** Commands that change the simulated centre (and so can be reviewed before and after). */
    public static final List<String> CHANGES = List.of("move-agent", "set-priority", "set-overflow", "recall-agent",
            "postpone-activity", "add-overtime", "send-home", "set-callback-offer", "set-ivr-message",
            "set-digital-deflection", "invoke-continuity-plan", "schedule-coaching");

    public static final List<String> ALL = List.of("move-agent", "set-priority", "set-overflow", "recall-agent",
            "postpone-activity", "add-overtime", "send-home", "set-callback-offer", "set-ivr-message",
            "set-digital-deflection", "classify-case", "escalate-case", "compliance-action",
            "invoke-continuity-plan", "schedule-coaching", "reforecast", "staffing", "open-view", "broadcast",
            "acknowledge-alert", "resolve-alert", "review-change", "risk-assessment", "improvement-plan");
}
