package org.cctrainer.backend.core.scripts;

import org.cctrainer.backend.core.Trainee;
import org.cctrainer.backend.scoring.TimelineEntry;

/** Volume surge: billing runs at 1.6× forecast from 09:40 for two and a half hours. */
public final class VolumeSurgeScripts implements ScenarioScripts {

    @Override
    public String scenario() {
        return "volume-surge";
    }

    /** Acknowledges, diagnoses, re-forecasts, moves support onto billing, offers callbacks, reviews. */
    @Override
    public void expert(Trainee t) {
        TimelineEntry.AlertChanged breach = t.alert("sla-breach", "billing");
        boolean surge = t.minutesSince("billing-letters", 15);
        if (breach != null) {
            t.once("ack", () -> t.send("{'action':'acknowledge-alert','alert':'" + breach.alert() + "'}"));
        }
        if (breach != null || surge) {
            t.once("diagnose", () -> t.send("{'action':'open-view','view':'what-moved'}"));
            t.once("reforecast", () -> t.send("{'action':'reforecast','queue':'billing','callsPerHour':190,"
                    + "'rationale':'billing arrivals running 1.6x the forecast since 09:40'}"));
            t.once("move", () -> t.agents(a -> a.team().equals("Support") && !a.state().equals("logged-out"))
                    .stream().limit(8).forEach(a -> t.send("{'action':'move-agent','agent':'" + a.id() + "',"
                            + "'skills':[{'queue':'billing','proficiency':0.8},{'queue':'support'}],"
                            + "'rationale':'support SL 95%, billing 60%: share the load'}")));
            t.once("callbacks", () -> t.send("{'action':'set-callback-offer','queue':'billing','on':true}"));
            t.once("ivr", () -> t.send("{'action':'set-ivr-message','queue':'billing','on':true,"
                    + "'message':'If you are calling about this month\\u2019s letter, the amount is being corrected automatically.'}"));
        }
        if (t.lastAccepted("move-agent") != null && t.minutesSince("billing-letters", 75)) {
            t.once("review", () -> {
                for (String action : new String[] {"move-agent", "set-callback-offer", "set-ivr-message"}) {
                    String id = t.lastAccepted(action);
                    if (id != null) {
                        t.send("{'action':'review-change','change':'" + id + "','verdict':'keep',"
                                + "'note':'billing back toward target after the change'}");
                    }
                }
            });
            // Every move is reviewed, not just the last one.
            t.once("review-moves", () -> t.reviewAll("move-agent"));
        }
    }

    /** Buys overtime at once for nothing, sends billing agents home in the surge, never reviews. */
    @Override
    public void costlyWrong(Trainee t) {
        if (t.minutes() >= 10) {
            t.once("overtime", () -> t.send("{'action':'add-overtime','count':8,'skills':[{'queue':'billing'}],"
                    + "'durationMinutes':240}"));
        }
        if (t.minutesSince("billing-letters", 20)) {
            t.once("home", () -> t.agents(a -> a.team().equals("Billing") && !a.overtime()
                    && !a.state().equals("logged-out")).stream().limit(2).forEach(a ->
                    t.send("{'action':'send-home','agents':['" + a.id() + "']}")));
            t.once("moves", () -> t.agents(a -> a.team().equals("Digital")).stream().limit(3).forEach(a ->
                    t.send("{'action':'move-agent','agent':'" + a.id() + "','skills':[{'queue':'billing','proficiency':0.6}]}")));
        }
    }
}
