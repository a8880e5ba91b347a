package org.cctrainer.backend.core.scripts;

import org.cctrainer.backend.core.Trainee;
import org.cctrainer.backend.scoring.TimelineEntry;

/**
 * Card breach: at 08:50 card details found on a call recording (PCI DSS, Priya Shah, a new
 * starter); at 10:40 another customer's statement sent by email (UK GDPR, Tom Reed).
 */
public final class CardBreachScripts implements ScenarioScripts {
    private static final String CARD = "card-on-recording";
    private static final String EMAIL = "email-wrong-statement";

    @Override
    public String scenario() {
        return "card-breach";
    }

    @Override
    public String toString() {
        return scenario();
    }

    /**
     * Checks the recording, redacts it, contacts the customer, reports to the DPO, reminds the
     * team of the secure-payment procedure and takes Priya off payment calls; for the email,
     * reports at once and contacts the customer; keeps an eye on the queues meanwhile.
     */
    @Override
    public void expert(Trainee t) {
        if (t.minutesSince(CARD, 2)) {
            t.once("card-evidence", () -> t.send("{'action':'open-view','view':'recordings','agent':'priya-shah'}"));
            t.once("card-redact", () -> t.send(action(CARD, "redact-recording",
                    "PAN, expiry and CVV on the 08:32 recording: CVV must never be stored")));
            // Contacting the customer is not required to close the event, so it comes before the last required action.
            t.once("card-customer", () -> t.send(action(CARD, "contact-customer",
                    "tell the customer their card details were recorded so they can ask their bank for a new card")));
            t.once("card-report", () -> t.send(action(CARD, "report-dpo", "PCI DSS incident: policy is same-day report")));
            t.once("card-remind", () -> t.send("{'action':'broadcast','message':'Reminder: card payments only through the "
                    + "secure payment line. If a caller starts reading card numbers out, pause the recording and transfer them.'}"));
            t.once("card-remove", () -> t.send(action(CARD, "remove-agent",
                    "Priya off payment calls until she has been through the secure-payment procedure: a process gap, not blame")));
            // Billing is one agent short for the rest of the morning: two back-office agents take billing and
            // support as backup skills (email has a 4-hour SLA, so it can wait while a call does not).
            t.once("cover", () -> t.agents(a -> a.team().equals("Back office") && !a.id().equals("tom-reed")
                    && !a.state().equals("logged-out")).stream().limit(2).forEach(a -> t.send("{'action':'move-agent',"
                    + "'agent':'" + a.id() + "','skills':[{'queue':'email'},{'queue':'billing','priority':2,'proficiency':0.8},"
                    + "{'queue':'support','priority':3,'proficiency':0.7}],"
                    + "'rationale':'billing one agent short with Priya off; email at 100% with a 4 h SLA'}")));
        }
        // The mid-morning peak (forecast 36-38 billing calls a quarter from 10:00) with Priya off billing:
        // callbacks ready before it builds, and the breach alert acknowledged when it comes.
        if (t.minutes() >= 105) {
            t.once("callbacks", () -> {
                t.send("{'action':'set-callback-offer','queue':'billing','on':true,"
                        + "'rationale':'peak of 36-38 calls a quarter from 10:00 with billing one agent short'}");
                t.send("{'action':'set-callback-offer','queue':'support','on':true,"
                        + "'rationale':'support takes billing overflow at the peak'}");
            });
        }
        TimelineEntry.AlertChanged breach = t.alert("sla-breach", null);
        if (breach != null) {
            t.once("ack", () -> t.send("{'action':'acknowledge-alert','alert':'" + breach.alert() + "'}"));
        }
        if (t.minutesSince(EMAIL, 3)) {
            t.once("email-report", () -> t.send(action(EMAIL, "report-dpo",
                    "UK GDPR disclosure: the DPO must judge the 72-hour ICO question")));
            t.once("email-customer", () -> t.send(action(EMAIL, "contact-customer",
                    "ask Mrs Adeyemi to delete the attachment; tell Mr Patel his statement was sent")));
        }
    }

    /** Panics: switches recording off for the whole centre, never reports, and punishes the email's sender. */
    @Override
    public void costlyWrong(Trainee t) {
        if (t.minutesSince(CARD, 5)) {
            t.once("stop-all", () -> t.send(action(CARD, "stop-all-recording", "stop any more card numbers being recorded")));
            t.once("pause", () -> t.send(action(CARD, "pause-recording", "")));
        }
        if (t.minutesSince(EMAIL, 10)) {
            t.once("remove-tom", () -> t.send(action(EMAIL, "remove-agent", "Tom sent the wrong statement")));
            t.once("redact-email", () -> t.send(action(EMAIL, "redact-recording", "")));
        }
    }

    private static String action(String event, String response, String rationale) {
        return "{'action':'compliance-action','event':'" + event + "','response':'" + response + "'"
                + (rationale.isEmpty() ? "" : ",'rationale':'" + rationale + "'") + "}";
    }
}
