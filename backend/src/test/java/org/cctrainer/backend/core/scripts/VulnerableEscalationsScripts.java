package org.cctrainer.backend.core.scripts;

import java.util.List;
import org.cctrainer.backend.core.Trainee;

/**
 * Escalations: six cases over the morning, tiered by vulnerability, regulatory risk, value at
 * stake and repeat contact. The loudest case is ordinary; the quietest is the most serious.
 */
public final class VulnerableEscalationsScripts implements ScenarioScripts {

    /** A case as an expert decides it: classification, tier, owner, promised resolution time, why. */
    private record Decision(String id, String classification, int tier, String owner, int minutes, String why) {
    }

    private static final List<Decision> EXPERT = List.of(
            new Decision("esc-engineer-missed", "standard", 1, "Support frontline: rebook the visit, apply the missed-appointment credit",
                    60, "first contact, 30 pounds, no vulnerability or regulatory risk"),
            new Decision("esc-termination-fee", "complex", 2, "Billing team leader: check the first call, honour the waiver if promised",
                    60, "third contact: 2 repeats, a promised call back never came"),
            new Decision("esc-roaming-charges", "complex", 2, "Billing specialist, business accounts",
                    60, "1480 pounds at stake, over the 1000 line"),
            new Decision("esc-bereavement", "complex", 3, "Specialist support (bereavement): refund the DD, no more document requests",
                    30, "high vulnerability: bereaved 5 weeks ago, lives alone; 45 min deadline"),
            new Decision("esc-ombudsman", "complex", 3, "Complaints manager: deadlock letter and settlement today",
                    45, "high regulatory risk: 9 weeks open, no deadlock letter, Ofcom GC C4"),
            new Decision("esc-angry-price-rise", "standard", 1, "Web chat frontline: explain the contractual rise and options",
                    30, "first contact, 3 pounds a month, contractual; anger is not a criterion"));

    /** Tiering by temper, and everything else to the top "to be safe". */
    private static final List<Decision> WRONG = List.of(
            new Decision("esc-engineer-missed", "complex", 3, "Complaints manager", 240, "complaint, to be safe"),
            new Decision("esc-termination-fee", "complex", 3, "Complaints manager", 240, "she is annoyed"),
            new Decision("esc-roaming-charges", "complex", 3, "Complaints manager", 240, "to be safe"),
            new Decision("esc-bereavement", "complex", 1, "Billing frontline", 240, "she is calm, just closing an account"),
            new Decision("esc-ombudsman", "complex", 3, "Complaints manager", 240, "threatening the ombudsman"),
            new Decision("esc-angry-price-rise", "complex", 3, "Head of customer service", 240, "furious, demands a manager"));

    @Override
    public String scenario() {
        return "vulnerable-escalations";
    }

    @Override
    public String toString() {
        return scenario();
    }

    /** Reads each case, classifies it by the criteria and escalates it to the tier they require, minutes after it lands. */
    @Override
    public void expert(Trainee t) {
        for (Decision d : EXPERT) {
            decide(t, d, 2, 4);
        }
        // The queues still need watching while the cases come in.
        for (String alert : t.unacknowledged()) {
            t.once("ack-" + alert, () -> t.send("{'action':'acknowledge-alert','alert':'" + alert + "'}"));
        }
    }

    /** Classifies and tiers by how the customer sounds, sends the rest to the top tier, and is slow about it. */
    @Override
    public void costlyWrong(Trainee t) {
        for (Decision d : WRONG) {
            decide(t, d, 10, 20);
        }
    }

    private static void decide(Trainee t, Decision d, double classifyAfter, double escalateAfter) {
        if (t.minutesSince(d.id(), classifyAfter)) {
            t.once("classify-" + d.id(), () -> t.send("{'action':'classify-case','case':'" + d.id() + "',"
                    + "'classification':'" + d.classification() + "','rationale':'" + d.why() + "'}"));
        }
        if (t.minutesSince(d.id(), escalateAfter)) {
            t.once("escalate-" + d.id(), () -> t.send("{'action':'escalate-case','case':'" + d.id() + "','tier':" + d.tier()
                    + ",'owner':'" + d.owner() + "','resolveWithinMinutes':" + d.minutes() + ",'rationale':'" + d.why() + "'}"));
        }
    }
}
