package org.cctrainer.sim.model;

import java.util.List;

/** After waiting {@code afterSeconds}, a contact also becomes eligible for agents of the queues in {@code to}. */
public record Overflow(double afterSeconds, List<String> to) {
    public Overflow {
        if (!(afterSeconds >= 0) || Double.isInfinite(afterSeconds)) {
            throw new IllegalArgumentException("overflow threshold must be ≥ 0 seconds, got " + afterSeconds);
        }
        to = List.copyOf(to);
    }
}
