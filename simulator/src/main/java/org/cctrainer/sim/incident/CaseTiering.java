package org.cctrainer.sim.incident;

/**
 * The multi-tier escalation procedure as a rule: which tier an escalation case needs, from the
 * criteria a team leader weighs (vulnerability, regulatory risk, money at stake, repeat
 * contacts). The centre judges an escalation against it; a console must not show it to the
 * trainee, because deciding the tier is the exercise.
 *
 * <table>
 *   <caption>Required tier</caption>
 *   <tr><th>tier</th><th>when</th></tr>
 *   <tr><td>3 (complaints and compliance, management)</td><td>vulnerability HIGH or regulatory risk HIGH</td></tr>
 *   <tr><td>2 (specialist, team leader)</td><td>vulnerability MEDIUM, regulatory risk MEDIUM, value ≥ £1,000
 *       or 2 or more repeat contacts</td></tr>
 *   <tr><td>1 (frontline)</td><td>otherwise</td></tr>
 * </table>
 */
public final class CaseTiering {
    public static final int MIN_TIER = 1;
    public static final int MAX_TIER = 3;
    public static final String STANDARD = "standard";
    public static final String COMPLEX = "complex";
    /** Money at stake from which a case needs a specialist. */
    public static final double SPECIALIST_VALUE_GBP = 1000;
    /** Repeat contacts from which a case needs a specialist: the frontline has had its chances. */
    public static final int SPECIALIST_REPEATS = 2;

    private CaseTiering() {
    }

    public static int requiredTier(Incident.EscalationCase escalation) {
        if (escalation.vulnerability() == RiskLevel.HIGH || escalation.regulatoryRisk() == RiskLevel.HIGH) {
            return 3;
        }
        if (escalation.vulnerability() == RiskLevel.MEDIUM || escalation.regulatoryRisk() == RiskLevel.MEDIUM
                || escalation.valueGbp() >= SPECIALIST_VALUE_GBP || escalation.repeatCount() >= SPECIALIST_REPEATS) {
            return 2;
        }
        return 1;
    }

    /** "complex" for a case that needs more than the frontline, else "standard". */
    public static String classification(Incident.EscalationCase escalation) {
        return requiredTier(escalation) >= 2 ? COMPLEX : STANDARD;
    }
}
