package org.cctrainer.sim.incident;

/** How strongly a case shows a risk factor (vulnerability, regulatory exposure). */
public enum RiskLevel {
    NONE, LOW, MEDIUM, HIGH;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
