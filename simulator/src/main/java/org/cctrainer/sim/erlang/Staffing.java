package org.cctrainer.sim.erlang;

import java.util.Objects;

/**
 * The fewest agents that meet a service-level target, under Erlang A when the template has finite
 * patience and Erlang C otherwise. Service level here is the default definition, answered within T
 * ÷ (answered + abandoned), which only grows with the head count; so the search can grow
 * geometrically from a lower bound until the target is met, then bisect.
 */
public final class Staffing {

    /** Beyond this a planning question has gone wrong (or needs splitting), not a head count. */
    public static final int MAX_AGENTS = 100_000;

    private Staffing() {
    }

    /**
     * @param template          the queue; its {@code agents} is ignored
     * @param targetServiceLevel the fraction to answer within the template's threshold, in (0, 1)
     * @throws IllegalArgumentException if the target is out of range or needs more than
     *                                  {@link #MAX_AGENTS} agents
     */
    public static StaffingResult fewestAgents(QueueModel template, double targetServiceLevel) {
        Objects.requireNonNull(template, "template");
        if (!(targetServiceLevel > 0 && targetServiceLevel < 1)) {
            throw new IllegalArgumentException(
                    "targetServiceLevel must be in (0, 1), was " + targetServiceLevel);
        }
        double a = template.offeredLoadErlangs();
        // Below these bounds no head count can meet the target, so searching there is wasted work.
        // Erlang C: up to a agents the queue is unstable and its service level is 0.
        // Erlang A: the answered fraction is at most n/a (n agents serve at most nμ per second),
        // and the service level is below it, so n ≤ target·a fails.
        long known = template.hasAbandonment()
                ? (long) Math.floor(targetServiceLevel * a) - 1 // one spare below, for rounding
                : (long) Math.floor(a);
        long start = Math.max(1, known + 1);
        if (start > MAX_AGENTS) {
            throw unreachable(targetServiceLevel, template);
        }
        int failing = (int) Math.max(0, known); // 0 stands for "no head count below 1"
        int hi = (int) start;
        QueueFigures best = QueueingModels.figures(template.withAgents(hi));
        while (best.serviceLevel() < targetServiceLevel) {
            if (hi == MAX_AGENTS) {
                throw unreachable(targetServiceLevel, template);
            }
            failing = hi;
            hi = (int) Math.min(MAX_AGENTS, 2L * hi);
            best = QueueingModels.figures(template.withAgents(hi));
        }
        while (hi - failing > 1) {
            int mid = failing + (hi - failing) / 2;
            QueueFigures f = QueueingModels.figures(template.withAgents(mid));
            if (f.serviceLevel() >= targetServiceLevel) {
                hi = mid;
                best = f;
            } else {
                failing = mid;
            }
        }
        return new StaffingResult(hi, best);
    }

    private static IllegalArgumentException unreachable(double target, QueueModel template) {
        return new IllegalArgumentException(String.format(
                "targetServiceLevel %s is not reachable with at most %d agents (offered load %.1f Erlangs)",
                target, MAX_AGENTS, template.offeredLoadErlangs()));
    }
}
