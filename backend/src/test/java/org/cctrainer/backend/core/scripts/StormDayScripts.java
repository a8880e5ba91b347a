package org.cctrainer.backend.core.scripts;

import java.util.List;
import org.cctrainer.backend.core.Trainee;
import org.cctrainer.sim.kpi.AgentKpis;

/**
 * Storm day, the capstone: a vulnerable-customer case (08:35), three agents off sick (08:50),
 * the CRM down (09:15–10:15), a direct-debit surge on billing (10:20–12:20), card details on
 * Jordan Price's recording (11:05), a third-call case (11:40), and Jordan's quality all day.
 */
public final class StormDayScripts implements ScenarioScripts {
    static final String JORDAN = "jordan-price";
    /** 12:00 in minutes from the 08:00 start: quiet by the forecast, and Jordan is off the queues by then. */
    static final double COACHING_AT = 240;

    @Override
    public String scenario() {
        return "storm-day";
    }

    @Override
    public String toString() {
        return scenario();
    }

    /**
     * Works the storm in order of risk: the vulnerable case first, cover for the sickness sized
     * with the calculator, the continuity plan and a briefing for the outage, routing, callbacks
     * and a re-forecast for the surge, the card breach handled at once, then Jordan's evidence and
     * coaching in the quiet spell while Jordan is off the queues; every change reviewed and the
     * borrowed agents put back after the surge.
     */
    @Override
    public void expert(Trainee t) {
        // Alerts: acknowledged as they come; billing's breach diagnosed before acting.
        for (String alert : t.unacknowledged()) {
            t.once("ack-" + alert, () -> t.send("{'action':'acknowledge-alert','alert':'" + alert + "'}"));
        }
        if (t.alert("sla-breach", "billing") != null) {
            t.once("what-moved", () -> t.send("{'action':'open-view','view':'what-moved'}"));
        }

        if (t.minutesSince("esc-power-of-attorney", 1)) {
            t.once("poa", () -> {
                t.send("{'action':'classify-case','case':'esc-power-of-attorney','classification':'complex',"
                        + "'rationale':'high vulnerability: dementia, power-of-attorney note ignored twice'}");
                t.send("{'action':'escalate-case','case':'esc-power-of-attorney','tier':3,"
                        + "'owner':'Complaints and vulnerable-customer manager','resolveWithinMinutes':30,"
                        + "'rationale':'vulnerability high: tier 3; contact the son as LPA holder, cancel and refund 116 GBP'}");
            });
        }

        if (t.minutesSince("sick-three", 2)) {
            t.once("sickness", () -> {
                t.send("{'action':'staffing','queue':'billing','callsPerHour':150,"
                        + "'rationale':'3 agents off sick; billing forecast peaks at 38 a quarter by 10:15'}");
                t.send("{'action':'staffing','queue':'support','callsPerHour':110}");
                for (String agent : List.of("dig-01", "dig-02")) {
                    t.send("{'action':'move-agent','agent':'" + agent + "','skills':[{'queue':'billing','proficiency':0.8},"
                            + "{'queue':'webchat','priority':2}],'rationale':'cover for bil-02 and bil-08, chat SL 100%'}");
                }
                t.send("{'action':'move-agent','agent':'dig-03','skills':[{'queue':'support','proficiency':0.8},"
                        + "{'queue':'webchat','priority':2}],'rationale':'cover for sup-05, chat SL 100%'}");
            });
        }

        if (t.minutesSince("crm-down", 2)) {
            t.once("continuity", () -> {
                t.send("{'action':'invoke-continuity-plan','outage':'crm-down',"
                        + "'fallback':'Offline capture form for account changes and payments queries; read-only billing view; callbacks logged for anything needing the CRM.',"
                        + "'ivrAnnouncement':'We have a systems problem and calls are taking longer. If your call is not urgent, please call back this afternoon or use our website.',"
                        + "'stakeholderNotice':'IT major incident raised for the CRM; operations manager and client informed; RTO 45 minutes; next update 09:45.',"
                        + "'recoveryTimeObjectiveMinutes':45,'rationale':'CRM down on billing and support, talk time up 60%'}");
                t.send("{'action':'broadcast','message':'CRM is down. Use the offline capture form, promise callbacks for account changes, and do not take payments until it is back. Updates here every 15 minutes.'}");
                for (String agent : List.of("bo-01", "bo-02", "bo-03")) {
                    t.send("{'action':'move-agent','agent':'" + agent + "','skills':[{'queue':'support','proficiency':0.7},"
                            + "{'queue':'email','priority':2}],'rationale':'outage: support talk time up 60%, email SLA 4 h has slack'}");
                }
            });
        }
        if (t.minutesSince("crm-down", 65)) {
            t.once("review-continuity", () -> {
                String plan = t.lastAccepted("invoke-continuity-plan");
                if (plan != null) {
                    t.send("{'action':'review-change','change':'" + plan + "','verdict':'keep',"
                            + "'note':'CRM back; fallback kept support and billing answering during the outage'}");
                }
            });
        }

        if (t.minutesSince("dd-failure", 3)) {
            t.once("surge", () -> {
                t.send("{'action':'reforecast','queue':'billing','callsPerHour':225,"
                        + "'rationale':'failed direct-debit run: billing arrivals 1.5x the forecast of 38 a quarter'}");
                t.agents(a -> a.team().equals("Support") && !a.state().equals("logged-out")).stream().limit(6)
                        .forEach(a -> t.send("{'action':'move-agent','agent':'" + a.id() + "',"
                                + "'skills':[{'queue':'billing','proficiency':0.8},{'queue':'support','priority':2}],"
                                + "'rationale':'billing needs more agents for 225 calls an hour; support back at target'}"));
                t.send("{'action':'set-callback-offer','queue':'billing','on':true}");
                t.send("{'action':'set-ivr-message','queue':'billing','on':true,"
                        + "'message':'If you are calling about a failed direct debit, no late fee will be charged and you can pay online.'}");
                t.send("{'action':'broadcast','message':'Direct-debit run failed: billing calls up 50%. Support colleagues now take billing first. No late fees on failed direct debits.'}");
            });
        }

        if (t.minutesSince("card-on-recording", 1)) {
            t.once("card", () -> {
                for (String response : List.of("pause-recording", "redact-recording", "remove-agent", "report-dpo")) {
                    t.send("{'action':'compliance-action','event':'card-on-recording','response':'" + response + "',"
                            + "'rationale':'PCI DSS: card number, expiry and CVV on the 10:48 recording'}");
                }
                t.send("{'action':'broadcast','message':'Reminder: card payments only through the secure payment IVR, never on the recorded line.'}");
            });
        }
        if (t.minutesSince("card-on-recording", 3)) {
            t.once("jordan-evidence", () -> {
                t.send("{'action':'open-view','view':'agent-quality','agent':'" + JORDAN + "'}");
                t.send("{'action':'open-view','view':'recordings','agent':'" + JORDAN + "'}");
                t.send("{'action':'open-view','view':'csat-comments','agent':'" + JORDAN + "'}");
            });
        }
        if (t.minutesSince("card-on-recording", 5)) {
            t.once("jordan-coaching", () -> {
                AgentKpis jordan = t.snapshot().agent(JORDAN);
                String figures = FastButFailingScripts.figures(jordan);
                t.send("{'action':'schedule-coaching','agent':'" + JORDAN + "','at':'" + t.clockIn(COACHING_AT - t.minutes())
                        + "','minutes':25,'note':{'model':'SBI','parts':{"
                        + "'situation':'Billing calls this morning and the 10:48 direct-debit call, from your QA-flagged recordings and survey comments.',"
                        + "'behaviour':'Calls closed before the query is resolved, a customer twice told a charge was fixed, and a card payment taken on the recorded line instead of the secure payment IVR.',"
                        + "'impact':'Customers ring back and score the calls low, a complaint case has come in, and the card details on the recording are a PCI DSS breach.'},"
                        + "'objective':{'specific':'Resolve billing queries fully, check understanding, and transfer every card payment to the secure IVR',"
                        + "'measure':'QA score, first-contact resolution and PCI checks on your calls',"
                        + "'target':'QA 75, FCR 70% and no card data on any recording','date':'by the end of next month, reviewed weekly'},"
                        + "'figures':'" + figures + "',"
                        + "'agentInput':'Jordan says the speed table felt like the target and the secure IVR transfer loses callers; asks for a walk-through of the transfer and a resolution checklist.'},"
                        + "'rationale':'Fastest AHT but " + figures + ", and the card breach at 10:48'}");
            });
        }

        if (t.minutesSince("esc-third-call", 1)) {
            t.once("third-call", () -> {
                t.send("{'action':'classify-case','case':'esc-third-call','classification':'complex',"
                        + "'rationale':'third contact about one bill: 2 repeats'}");
                t.send("{'action':'escalate-case','case':'esc-third-call','tier':2,'owner':'Billing specialist team leader',"
                        + "'resolveWithinMinutes':60,'rationale':'2 repeat contacts: tier 2; remove the 140 GBP charge and the 12 GBP fee'}");
            });
        }

        // After the surge (it ends at 12:20) the support agents go back to support first.
        if (t.minutesSince("dd-failure", 125)) {
            t.once("put-back", () -> {
                t.agents(a -> a.team().equals("Support") && !a.skills().isEmpty()
                        && a.skills().get(0).equals("billing") && !a.state().equals("logged-out"))
                        .forEach(a -> t.send("{'action':'move-agent','agent':'" + a.id() + "',"
                                + "'skills':[{'queue':'support'},{'queue':'billing','priority':2,'proficiency':0.8}],"
                                + "'rationale':'surge over: billing back near its forecast'}"));
                t.agents(a -> a.team().equals("Back office") && !a.skills().isEmpty()
                        && a.skills().get(0).equals("support") && !a.state().equals("logged-out"))
                        .forEach(a -> t.send("{'action':'move-agent','agent':'" + a.id() + "',"
                                + "'skills':[{'queue':'email'},{'queue':'webchat','priority':2,'proficiency':0.9}],"
                                + "'rationale':'CRM back and surge over: email backlog next'}"));
            });
        }
        // Every change reviewed about an hour after it was made, and a last sweep before the day ends.
        if (t.minutesSince("sick-three", 60)) {
            t.once("review-sickness", () -> reviewChanges(t));
        }
        if (t.minutesSince("crm-down", 65)) {
            t.once("review-outage", () -> reviewChanges(t));
        }
        if (t.minutesSince("dd-failure", 70)) {
            t.once("review-1", () -> reviewChanges(t));
        }
        if (t.minutesSince("dd-failure", 140)) {
            t.once("review-2", () -> reviewChanges(t));
        }
    }

    private static void reviewChanges(Trainee t) {
        for (String action : List.of("move-agent", "set-callback-offer", "set-ivr-message")) {
            t.reviewAll(action);
        }
    }

    /**
     * Reacts to the loudest thing each time: overtime in the first minutes of each problem, the
     * vulnerable case sent to the frontline unclassified, no continuity plan, agents sent home in
     * the surge, recording switched off for the whole centre, the third-call case closed as
     * standard at tier 1, the slow but good agent coached on speed, nothing reviewed.
     */
    @Override
    public void costlyWrong(Trainee t) {
        if (t.minutesSince("esc-power-of-attorney", 1)) {
            t.once("poa", () -> t.send("{'action':'escalate-case','case':'esc-power-of-attorney','tier':1,"
                    + "'owner':'whoever is free','resolveWithinMinutes':240}"));
        }
        if (t.minutesSince("sick-three", 1)) {
            t.once("overtime-1", () -> t.send("{'action':'add-overtime','count':8,'skills':[{'queue':'billing'}],"
                    + "'durationMinutes':240}"));
        }
        if (t.minutesSince("crm-down", 1)) {
            t.once("overtime-2", () -> t.send("{'action':'add-overtime','count':8,'skills':[{'queue':'support'}],"
                    + "'durationMinutes':240}"));
            t.once("lena", () -> t.send("{'action':'schedule-coaching','agent':'lena-fischer','at':'" + t.clockIn(15)
                    + "','minutes':30,'note':{'model':'SBI','parts':{'situation':'Slowest on the floor again, lazy with wrap-up.'},"
                    + "'objective':{'specific':'Faster calls'},'figures':'AHT too long'}}"));
        }
        if (t.minutesSince("dd-failure", 2)) {
            t.once("overtime-3", () -> t.send("{'action':'add-overtime','count':10,'skills':[{'queue':'billing'}],"
                    + "'durationMinutes':180}"));
        }
        if (t.minutesSince("dd-failure", 10)) {
            t.once("home", () -> t.agents(a -> a.team().equals("Billing") && !a.overtime()
                    && !a.id().equals(JORDAN) && !a.state().equals("logged-out")).stream().limit(2)
                    .forEach(a -> t.send("{'action':'send-home','agents':['" + a.id() + "']}")));
        }
        if (t.minutesSince("card-on-recording", 2)) {
            t.once("card", () -> t.send("{'action':'compliance-action','event':'card-on-recording',"
                    + "'response':'stop-all-recording'}"));
        }
        if (t.minutesSince("esc-third-call", 1)) {
            t.once("third-call", () -> {
                t.send("{'action':'classify-case','case':'esc-third-call','classification':'standard'}");
                t.send("{'action':'escalate-case','case':'esc-third-call','tier':1,'owner':'frontline',"
                        + "'resolveWithinMinutes':60}");
            });
        }
    }
}
