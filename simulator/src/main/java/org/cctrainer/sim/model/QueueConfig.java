package org.cctrainer.sim.model;

import org.cctrainer.sim.random.Distribution;

/**
 * A queue as the scenario defines it at the start of the day. What interventions can change
 * (priority, overflow, callbacks, IVR) is copied into the running queue and changed there.
 *
 * @param concurrency contacts an agent works at once (chat); 1 for voice and email
 * @param repeatDelay how long after an unresolved contact the customer contacts again
 */
public record QueueConfig(String id, String name, Channel channel, int priority, Sla sla,
                          ServiceLevelDefinition serviceLevelDefinition, double shortAbandonSeconds,
                          Distribution handleTime, Distribution wrapUp, Distribution patience, int concurrency,
                          Overflow overflow, CallbackPolicy callback, IvrPolicy ivr, Forecast forecast,
                          Distribution repeatDelay) {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 10;

    public QueueConfig {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("queue id must not be blank");
        }
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("queue priority must be 1–10, got " + priority);
        }
        if (concurrency < 1 || (channel != Channel.CHAT && concurrency != 1)) {
            throw new IllegalArgumentException("concurrency must be 1 (or more for chat), got " + concurrency);
        }
        if (channel == Channel.EMAIL && !(patience instanceof Distribution.None)) {
            throw new IllegalArgumentException("email/back-office queues do not abandon: patience must be none");
        }
        name = name == null || name.isBlank() ? id : name;
    }

    /** A single voice queue with identical agents: the what-if queue a planner puts beside Erlang. */
    public static QueueConfig simpleVoice(String id, Forecast forecast, double ahtSeconds, Distribution patience,
                                          double thresholdSeconds) {
        return new QueueConfig(id, id, Channel.VOICE, 1, new Sla(0.8, thresholdSeconds),
                ServiceLevelDefinition.ANSWERED_AND_ABANDONED, 5, new Distribution.Exponential(ahtSeconds),
                new Distribution.Fixed(0), patience, 1, null, CallbackPolicy.DEFAULT, IvrPolicy.NONE, forecast,
                new Distribution.Exponential(7200));
    }

    /** Mean handle time the plan assumes: talk plus wrap-up. */
    public double forecastAhtSeconds() {
        return handleTime.mean() + wrapUp.mean();
    }
}
