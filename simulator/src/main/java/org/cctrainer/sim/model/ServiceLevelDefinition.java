package org.cctrainer.sim.model;

/**
 * Which contacts a service level divides by. Real ACDs let each queue choose; the wallboard
 * names the formula a tile uses, because the same day can read 78% or 85% depending on it.
 */
public enum ServiceLevelDefinition {
    /** answered within T ÷ (answered + abandoned): the default, abandons count against the queue. */
    ANSWERED_AND_ABANDONED("answered-and-abandoned", "answered within T ÷ (answered + abandoned)"),
    /** answered within T ÷ answered: abandons ignored. */
    ANSWERED("answered", "answered within T ÷ answered"),
    /** answered within T ÷ (answered + abandoned after the short-abandon threshold). */
    EXCLUDE_SHORT_ABANDONS("exclude-short-abandons",
            "answered within T ÷ (answered + abandoned after the short-abandon threshold)");

    private final String wireName;
    private final String formula;

    ServiceLevelDefinition(String wireName, String formula) {
        this.wireName = wireName;
        this.formula = formula;
    }

    public String wireName() {
        return wireName;
    }

    public String formula() {
        return formula;
    }

    /** The service level, or NaN when nothing has been answered or abandoned yet. */
    public double compute(long answeredWithin, long answered, long abandoned, long abandonedShort) {
        long denominator = switch (this) {
            case ANSWERED_AND_ABANDONED -> answered + abandoned;
            case ANSWERED -> answered;
            case EXCLUDE_SHORT_ABANDONS -> answered + abandoned - abandonedShort;
        };
        return denominator == 0 ? Double.NaN : (double) answeredWithin / denominator;
    }

    public static ServiceLevelDefinition fromWireName(String name) {
        for (ServiceLevelDefinition definition : values()) {
            if (definition.wireName.equals(name)) {
                return definition;
            }
        }
        return null;
    }
}
