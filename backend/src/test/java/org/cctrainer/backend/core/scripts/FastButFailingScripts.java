package org.cctrainer.backend.core.scripts;

import java.util.Locale;
import org.cctrainer.backend.core.Trainee;
import org.cctrainer.sim.kpi.AgentKpis;

/**
 * Fast but failing: Jordan Price tops the speed table while QA, CSAT and first-contact
 * resolution are well below standard; Lena Fischer is the slow but excellent foil. The quiet
 * spell by the forecast is late morning (about 11:00 to 12:45).
 */
public final class FastButFailingScripts implements ScenarioScripts {
    static final String JORDAN = "jordan-price";
    /** 11:15, the start of the late-morning quiet spell, in minutes from the 08:00 start. */
    static final double QUIET_SPELL = 195;

    @Override
    public String scenario() {
        return "fast-but-failing";
    }

    @Override
    public String toString() {
        return scenario();
    }

    /**
     * Reads Jordan's quality figures, flagged recordings and survey comments mid-morning, books
     * SBI coaching with Jordan's own figures and a SMART objective for the quiet spell, and sets
     * up a team improvement plan on first-contact resolution with the team's input.
     */
    @Override
    public void expert(Trainee t) {
        if (t.minutes() >= 75) {
            t.once("evidence", () -> {
                t.send("{'action':'open-view','view':'agent-quality','agent':'" + JORDAN + "'}");
                t.send("{'action':'open-view','view':'recordings','agent':'" + JORDAN + "'}");
                t.send("{'action':'open-view','view':'csat-comments','agent':'" + JORDAN + "'}");
                // The foil: the slowest handle time, but is the quality there?
                t.send("{'action':'open-view','view':'agent-quality','agent':'lena-fischer'}");
            });
        }
        if (t.minutes() >= 90) {
            t.once("coach", () -> {
                AgentKpis jordan = t.snapshot().agent(JORDAN);
                String figures = figures(jordan);
                t.send("{'action':'schedule-coaching','agent':'" + JORDAN + "','at':'" + t.clockIn(QUIET_SPELL - t.minutes())
                        + "','minutes':45,'note':{'model':'SBI','parts':{"
                        + "'situation':'Billing calls this morning, reviewed with your QA-flagged recordings and the survey comments.',"
                        + "'behaviour':'Calls are closed quickly, before the billing query is fully resolved and without checking the customer understood; on flagged calls an adjustment was promised but not raised.',"
                        + "'impact':'About half of your customers ring back and rate the call 2 or 3 out of 5, and the repeat calls push billing above its forecast for the whole team.'},"
                        + "'objective':{'specific':'Resolve the billing query fully and check understanding before closing each call',"
                        + "'measure':'QA score and first-contact resolution on your calls (QA sample and repeat-contact report)',"
                        + "'target':'QA 75 and FCR 70%','date':'by the end of next month, reviewed weekly'},"
                        + "'figures':'" + figures + "',"
                        + "'agentInput':'Jordan says the speed table felt like the target and asks for a checklist of what resolved means on a billing call, and to listen to two of Lena\\u2019s calls.'},"
                        + "'rationale':'Fastest AHT but " + figures + ": the repeats are billing\\u2019s extra volume'}");
            });
        }
        if (t.minutes() >= 120) {
            t.once("plan", () -> t.send("{'action':'improvement-plan','objective':{"
                    + "'specific':'Billing calls resolved on first contact, with understanding checked before closing',"
                    + "'measure':'Team first-contact resolution and repeat contacts from the daily report, QA resolution section',"
                    + "'target':'Team FCR 75% and repeats under 10% of billing volume','date':'end of next month'},"
                    + "'actions':'Resolution checklist for billing calls; weekly 20-minute call-listening huddle with QA; team table shows FCR and QA beside AHT; buddy calls for anyone under QA 70.',"
                    + "'teamInput':'Asked the billing team at the 10:00 huddle: they want AHT shown beside FCR, not alone, and a checklist for direct-debit adjustments.',"
                    + "'rationale':'Billing arrivals about 10% over forecast, mostly repeats; one agent at FCR under 50%'}"));
        }
    }

    /** "AHT 225 s, CSAT 2.1, FCR 46%, QA 47", leaving out what the agent has no figure for yet. */
    static String figures(AgentKpis a) {
        StringBuilder text = new StringBuilder();
        if (Double.isFinite(a.ahtSeconds())) {
            text.append(String.format(Locale.ROOT, "AHT %.0f s", a.ahtSeconds()));
        }
        if (Double.isFinite(a.csat())) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "CSAT %.1f", a.csat()));
        }
        if (Double.isFinite(a.fcrRate())) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "FCR %.0f%%", a.fcrRate() * 100));
        }
        if (Double.isFinite(a.qaAverage())) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "QA %.0f", a.qaAverage()));
        }
        return text.toString();
    }

    /**
     * Takes the speed table as the quality standard: coaches Lena on handle time in the peak with
     * personal criticism and no evidence, "coaches" Jordan to keep the speed up without looking at
     * a single recording, and pulls every planned coaching and training session to help the queue.
     */
    @Override
    public void costlyWrong(Trainee t) {
        if (t.minutes() >= 80) {
            t.once("lena", () -> t.send("{'action':'schedule-coaching','agent':'lena-fischer','at':'" + t.clockIn(30)
                    + "','minutes':30,'note':{'model':'SBI','parts':{'situation':'Your handle time is the longest on the floor.','behaviour':'Lazy wrap-ups and chatting to customers.'},"
                    + "'objective':{'specific':'Get your handle time down'},"
                    + "'figures':'AHT way over everyone else','agentInput':''},"
                    + "'rationale':'slowest agent on the speed table, lazy wrap-ups'}"));
            t.once("jordan", () -> t.send("{'action':'schedule-coaching','agent':'" + JORDAN + "','at':'" + t.clockIn(55)
                    + "','minutes':20,'note':{'model':'BOOST','parts':{'balanced':'Top of the speed table again, great work.'},"
                    + "'objective':{'specific':'Keep the handle time where it is'},'figures':'fastest AHT on billing'},"
                    + "'rationale':'our best performer'}"));
        }
        for (AgentKpis a : t.agents(a -> a.state().equals("coaching") || a.state().equals("training"))) {
            t.once("recall-" + a.id(), () -> t.send("{'action':'recall-agent','agent':'" + a.id() + "',"
                    + "'rationale':'all hands on the phones'}"));
        }
    }
}
