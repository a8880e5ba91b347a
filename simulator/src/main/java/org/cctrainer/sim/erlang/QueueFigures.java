package org.cctrainer.sim.erlang;

/**
 * What a queue does in steady state, every probability a fraction in [0, 1]. The three service levels
 * differ only in their denominators, the way ACDs differ (see {@code ServiceLevelDefinition}); without
 * abandonment they coincide.
 *
 * @param agents                             the head count these figures are for
 * @param pWait                              probability an arrival finds every agent busy and queues
 * @param pAbandon                           fraction of arrivals that abandon before being answered
 * @param serviceLevel                       answered within T ÷ (answered + abandoned), i.e. ÷ arrivals
 * @param serviceLevelAnswered               answered within T ÷ answered
 * @param serviceLevelExcludingShortAbandons answered within T ÷ (answered + abandoned after the
 *                                           short-abandon threshold)
 * @param asaSeconds                         mean wait of answered contacts, immediate answers counted as
 *                                           0; +Infinity when an Erlang C queue is unstable
 * @param occupancy                          busy agents ÷ agents
 * @param answeredWithinThreshold            fraction of arrivals answered within T
 * @param abandonedWithinThreshold           fraction of arrivals that abandon within T
 */
public record QueueFigures(int agents, double pWait, double pAbandon, double serviceLevel,
                           double serviceLevelAnswered, double serviceLevelExcludingShortAbandons,
                           double asaSeconds, double occupancy, double answeredWithinThreshold,
                           double abandonedWithinThreshold) {
}
