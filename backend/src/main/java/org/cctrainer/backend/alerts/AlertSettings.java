package org.cctrainer.backend.alerts;

import java.util.List;
import java.util.Objects;

/** Every rule's thresholds and debounce times; defaults and reasons in docs/alerts.md. */
public record AlertSettings(SlaBreachRule.Settings slaBreach, LongestWaitRule.Settings longestWait,
                            AbandonRateRule.Settings abandonRate, QueueDepthRule.Settings queueDepth,
                            AgentNotReadyRule.Settings agentNotReady) {
    public AlertSettings {
        Objects.requireNonNull(slaBreach, "slaBreach");
        Objects.requireNonNull(longestWait, "longestWait");
        Objects.requireNonNull(abandonRate, "abandonRate");
        Objects.requireNonNull(queueDepth, "queueDepth");
        Objects.requireNonNull(agentNotReady, "agentNotReady");
    }

    public static AlertSettings defaults() {
        return new AlertSettings(SlaBreachRule.Settings.defaults(), LongestWaitRule.Settings.defaults(),
                AbandonRateRule.Settings.defaults(), QueueDepthRule.Settings.defaults(),
                AgentNotReadyRule.Settings.defaults());
    }

    /** The rules in the order their changes are reported within one snapshot. */
    public List<AlertRule> rules() {
        return List.of(new SlaBreachRule(slaBreach), new LongestWaitRule(longestWait),
                new AbandonRateRule(abandonRate), new QueueDepthRule(queueDepth),
                new AgentNotReadyRule(agentNotReady));
    }
}
