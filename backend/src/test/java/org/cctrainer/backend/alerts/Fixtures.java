package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.kpi.QueueKpis;
import org.cctrainer.sim.kpi.WindowKpis;

/** Builds KPI snapshots by hand: only the figures the alert rules read are meaningful. */
final class Fixtures {
    private Fixtures() {
    }

    static QueueFixture queue(String id) {
        return new QueueFixture(id, "voice");
    }

    static QueueFixture chat(String id) {
        return new QueueFixture(id, "chat");
    }

    static QueueFixture email(String id) {
        return new QueueFixture(id, "email").target(0.9, 4 * 3600);
    }

    static AgentFixture agent(String id) {
        return new AgentFixture(id);
    }

    /** A snapshot at virtual second {@code t} with these queues and agents, in this order. */
    static KpiSnapshot snapshot(double t, Object... parts) {
        List<QueueKpis> queues = new ArrayList<>();
        List<AgentKpis> agents = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof QueueFixture queue) {
                queues.add(queue.build());
            } else if (part instanceof AgentFixture agent) {
                agents.add(agent.build());
            } else {
                throw new IllegalArgumentException("not a queue or agent fixture: " + part);
            }
        }
        QueueKpis total = new QueueFixture("total", "all").build();
        long minutes = (long) Math.floor(t / 60) + 9 * 60;
        String clock = String.format("%02d:%02d", minutes / 60, minutes % 60);
        return new KpiSnapshot(t, clock, queues, total, agents, List.of(), List.of(), 0, 0, 0);
    }

    /** A queue's figures; by default a quiet 80/20 voice queue with nothing in the window. */
    static final class QueueFixture {
        private final String id;
        private final String channel;
        private String name;
        private double target = 0.8;
        private double threshold = 20;
        private long answered;
        private long answeredWithin;
        private long abandoned;
        private double serviceLevel = Double.NaN;
        private double abandonRate = Double.NaN;
        private int waiting;
        private double longestWait;

        private QueueFixture(String id, String channel) {
            this.id = id;
            this.channel = channel;
            this.name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        }

        QueueFixture named(String newName) {
            name = newName;
            return this;
        }

        QueueFixture target(double newTarget, double thresholdSeconds) {
            target = newTarget;
            threshold = thresholdSeconds;
            return this;
        }

        /** {@code contacts} answered in the last 15 min, {@code level} of them within T. */
        QueueFixture serviceLevel(double level, long contacts) {
            answered = contacts;
            abandoned = 0;
            answeredWithin = Math.round(level * contacts);
            serviceLevel = level;
            abandonRate = contacts == 0 ? Double.NaN : 0;
            return this;
        }

        /** {@code abandonedCount} of {@code contacts} abandoned in the last 15 min; the rest answered within T. */
        QueueFixture abandons(long abandonedCount, long contacts) {
            answered = contacts - abandonedCount;
            abandoned = abandonedCount;
            answeredWithin = answered;
            abandonRate = contacts == 0 ? Double.NaN : (double) abandonedCount / contacts;
            serviceLevel = contacts == 0 ? Double.NaN : (double) answered / contacts;
            return this;
        }

        /** Contacts in the window but no service level (e.g. definition "answered" and nobody answered). */
        QueueFixture serviceLevelUndefined(long contacts) {
            abandons(contacts, contacts);
            serviceLevel = Double.NaN;
            return this;
        }

        QueueFixture waiting(int count, double longestWaitSeconds) {
            waiting = count;
            longestWait = longestWaitSeconds;
            return this;
        }

        QueueKpis build() {
            WindowKpis window = new WindowKpis(answered + abandoned, answered + abandoned, answered, answeredWithin,
                    abandoned, 0, 0, 0, 0, 0, 0, 0, 0, 0, answered, serviceLevel, Double.NaN, abandonRate,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
            return new QueueKpis(id, name, channel, 1, target, threshold, "answered-and-abandoned",
                    "answered within T ÷ (answered + abandoned)", window, window, window, waiting, longestWait, 0,
                    Map.of(), 0, 0, 300, Double.NaN, null);
        }
    }

    /** An agent's figures; by default available for a minute. */
    static final class AgentFixture {
        private final String id;
        private String name;
        private String state = "available";
        private String reason;
        private double secondsInState = 60;

        private AgentFixture(String id) {
            this.id = id;
            this.name = "Agent " + id;
        }

        AgentFixture named(String newName) {
            name = newName;
            return this;
        }

        AgentFixture in(String newState, double seconds) {
            state = newState;
            secondsInState = seconds;
            return this;
        }

        AgentFixture notReady(double seconds, String why) {
            reason = why;
            return in("not-ready", seconds);
        }

        AgentKpis build() {
            return new AgentKpis(id, name, "Team A", false, state, reason, secondsInState, List.of("billing"), 0,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN, 0, Double.NaN, 0, 0);
        }
    }
}
