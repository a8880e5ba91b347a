package org.cctrainer.backend.alerts;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.kpi.AgentKpis;
import org.cctrainer.sim.kpi.KpiSnapshot;

/**
 * An agent in "not-ready" for too long in one spell. The time in state is itself the debounce,
 * so the rule acts at once; a spell only grows, so the alert never eases: it resolves when the
 * agent leaves not-ready (for any state, logging out included) or is seen in a new, short spell.
 */
public final class AgentNotReadyRule implements AlertRule {
    public static final String NAME = "agent-not-ready";
    static final String NOT_READY = "not-ready";
    private static final Debounce AT_ONCE = new Debounce(0, 0);

    public record Settings(double warningSeconds, double criticalSeconds) {
        public Settings {
            if (!(warningSeconds > 0 && warningSeconds <= criticalSeconds && Double.isFinite(criticalSeconds))) {
                throw new IllegalArgumentException("agent-not-ready: need 0 < warning ≤ critical seconds, got warning "
                        + warningSeconds + ", critical " + criticalSeconds);
            }
        }

        public static Settings defaults() {
            return new Settings(600, 1200);
        }
    }

    private final Limits limits;

    public AgentNotReadyRule(Settings settings) {
        double warning = settings.warningSeconds();
        double critical = settings.criticalSeconds();
        this.limits = new Limits(warning, critical, critical, warning);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Debounce debounce() {
        return AT_ONCE;
    }

    @Override
    public List<Reading> read(KpiSnapshot snapshot) {
        List<Reading> readings = new ArrayList<>();
        for (AgentKpis agent : snapshot.agents()) {
            double spell = NOT_READY.equals(agent.state()) ? agent.secondsInState() : 0;
            readings.add(Reading.ofAgent(agent.id(), spell, limits.zone(spell, false)));
        }
        return readings;
    }

    @Override
    public Description describe(KpiSnapshot snapshot, Reading reading, Severity severity, boolean resolved) {
        AgentKpis agent = snapshot.agent(reading.agent());
        String title = Wording.name(agent.name(), agent.id()) + " not ready";
        if (resolved) {
            String message = NOT_READY.equals(agent.state()) ? "That not-ready spell ended; a new one has begun"
                    : "Back from not ready: now " + agent.state().replace('-', ' ');
            return new Description(title, message, limits.clear());
        }
        double line = severity == Severity.CRITICAL ? limits.critical() : limits.warning();
        String reason = agent.reason() == null || agent.reason().isBlank() ? "" : " (" + agent.reason() + ")";
        return new Description(title, "Not ready for " + Wording.duration(reading.value()) + reason + " against "
                + Wording.article(Wording.duration(line)) + " limit", line);
    }
}
