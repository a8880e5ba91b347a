package org.cctrainer.backend.core.scripts;

import java.util.ArrayList;
import java.util.WeakHashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.console.CommandOutcome;
import org.cctrainer.backend.core.Trainee;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.sim.kpi.AgentKpis;

/**
 * CRM outage: the CRM goes down at 08:40 for 90 minutes (handle time ×1.8 on billing and
 * support), 30 minutes past the plan's 60-minute recovery-time objective.
 */
public final class CrmOutageScripts implements ScenarioScripts {
    private static final String OUTAGE = "crm-down";
    /** Per playthrough (Trainee has identity equality): the ids of the commands sent, by action, for the reviews. */
    private final Map<Trainee, Map<String, List<String>>> sent = new WeakHashMap<>();

    @Override
    public String scenario() {
        return "crm-outage";
    }

    @Override
    public String toString() {
        return scenario();
    }

    /**
     * Risk-assesses and briefs before the calls build; on the outage tells the team, invokes the
     * whole plan, offers callbacks and moves spare digital and back-office agents onto voice;
     * handles the breach; updates the team when the objective passes; puts everything back and
     * reviews it when the CRM returns.
     */
    @Override
    public void expert(Trainee t) {
        t.once("risks", () -> send(t, "{'action':'risk-assessment','risks':["
                + "{'risk':'CRM fails after the vendor overnight upgrade','likelihood':4,'impact':5,"
                + "'mitigation':'fallback forms at every desk, read-only billing access checked, IT on-call confirmed, IVR announcement drafted; plan RTO 60 min'},"
                + "{'risk':'Mid-morning peak 09:45-10:45 while breaks are spread from 08:45','likelihood':3,'impact':3,"
                + "'mitigation':'digital and back-office agents ready to take voice; breaks held if billing or support breach'},"
                + "{'risk':'Handle time up on billing and support if systems are slow','likelihood':3,'impact':3,"
                + "'mitigation':'callbacks ready to switch on; email can wait (4 h SLA)'}],"
                + "'rationale':'vendor upgraded the CRM overnight; 40 quiet minutes before the calls build'}"));
        t.once("brief", () -> send(t, "{'action':'broadcast','message':'Morning all: the CRM was upgraded overnight. "
                + "If it fails, use the fallback form and read-only billing, do not promise refunds on the call, "
                + "and tell me straight away.'}"));

        // A minute or two to confirm with IT that it is the CRM, then the plan.
        boolean outage = t.minutesSince(OUTAGE, 2) && !t.minutesSince(OUTAGE, 90);
        if (outage) {
            t.once("tell", () -> send(t, "{'action':'broadcast','message':'CRM is down. Switch to the fallback form now, "
                    + "billing is read-only, no refunds promised on the call. Some of the digital and back-office team "
                    + "will join the phones.'}"));
            t.once("plan", () -> send(t, "{'action':'invoke-continuity-plan','outage':'" + OUTAGE + "',"
                    + "'fallback':'Agents log calls on the fallback form and use read-only billing; forms keyed in when the CRM returns',"
                    + "'ivrAnnouncement':'We are having system problems. If your call is about a routine query, please call back this afternoon or use web chat.',"
                    + "'stakeholderNotice':'CRM down since 08:40 after the overnight upgrade; fallback in use; recovery objective 60 min; vendor engaged.',"
                    + "'recoveryTimeObjectiveMinutes':60,'rationale':'CRM down: billing and support handle time up, plan RTO 60 min'}"));
            t.once("callbacks", () -> {
                send(t, "{'action':'set-callback-offer','queue':'billing','on':true,'rationale':'handle time nearly doubled: keep callers in line'}");
                send(t, "{'action':'set-callback-offer','queue':'support','on':true,'rationale':'handle time nearly doubled: keep callers in line'}");
            });
            t.once("move", () -> {
                for (AgentKpis a : spare(t, "Digital", 4)) {
                    send(t, "{'action':'move-agent','agent':'" + a.id() + "','skills':[{'queue':'billing','proficiency':0.8},"
                            + "{'queue':'support','proficiency':0.7,'priority':2}],"
                            + "'rationale':'chat unaffected by the CRM and at 100% SL; billing and support AHT x1.8'}");
                }
                for (AgentKpis a : spare(t, "Back office", 3)) {
                    send(t, "{'action':'move-agent','agent':'" + a.id() + "','skills':[{'queue':'billing','proficiency':0.8},"
                            + "{'queue':'support','proficiency':0.7,'priority':2}],"
                            + "'rationale':'email SLA is 4 h and unaffected; voice needs the capacity now'}");
                }
            });
        }

        TimelineEntry.AlertChanged breach = t.alert("sla-breach", null);
        if (breach != null) {
            t.once("ack", () -> send(t, "{'action':'acknowledge-alert','alert':'" + breach.alert() + "'}"));
            t.once("diagnose", () -> send(t, "{'action':'open-view','view':'what-moved'}"));
            t.once("correct", () -> {
                if (List.of("billing", "support").contains(breach.queue())) {
                    send(t, "{'action':'set-digital-deflection','queue':'" + breach.queue() + "','on':true,"
                            + "'rationale':'handle time, not volume, drove the drop; web chat is unaffected by the CRM'}");
                } else {
                    spare(t, "Back office", 1).forEach(a -> send(t, "{'action':'move-agent','agent':'" + a.id() + "',"
                            + "'skills':[{'queue':'" + breach.queue() + "'}],'rationale':'" + breach.queue() + " below target'}"));
                }
            });
        }

        if (t.minutesSince(OUTAGE, 60) && !t.minutesSince(OUTAGE, 90)) {
            t.once("rto-update", () -> send(t, "{'action':'broadcast','message':'Update: the CRM is still down past the "
                    + "60-minute objective. IT expect about 30 more minutes. Stay on the fallback form; callbacks stay on.'}"));
        }

        if (t.minutesSince(OUTAGE, 90)) {
            t.once("back", () -> {
                // Review the outage changes before undoing them, then put everything back.
                review(t, "invoke-continuity-plan", "keep", "fallback and announcement carried the outage; RTO missed by 30 min, vendor to explain");
                review(t, "set-callback-offer", "keep", "abandons held down while handle time was up");
                review(t, "set-digital-deflection", "revert", "some callers moved to chat while voice was slow; not needed now");
                review(t, "move-agent", "revert", "needed for the outage; reverted now the CRM is back");
                send(t, "{'action':'broadcast','message':'The CRM is back. Normal procedure from now: key in your fallback "
                        + "forms between calls. Digital and back-office colleagues, back to chat and email, thank you.'}");
                for (String agent : moved(t)) {
                    String skills = agent.startsWith("dig")
                            ? "[{'queue':'webchat'},{'queue':'email','priority':2}]"
                            : "[{'queue':'email'},{'queue':'webchat','priority':2,'proficiency':0.9}]";
                    send(t, "{'action':'move-agent','agent':'" + agent + "','skills':" + skills + ","
                            + "'rationale':'CRM back at 10:10: skills put back'}");
                }
                if (breach != null && t.lastAccepted("set-digital-deflection") != null) {
                    send(t, "{'action':'set-digital-deflection','queue':'" + breach.queue() + "','on':false,"
                            + "'rationale':'CRM back: deflection no longer needed'}");
                }
            });
        }
        // Callbacks stay on until the backlog after the outage has cleared.
        if (t.minutesSince(OUTAGE, 120) && atTarget(t, "billing") && atTarget(t, "support")) {
            t.once("callbacks-off", () -> {
                send(t, "{'action':'set-callback-offer','queue':'billing','on':false,'rationale':'backlog cleared after the outage'}");
                send(t, "{'action':'set-callback-offer','queue':'support','on':false,'rationale':'backlog cleared after the outage'}");
            });
        }
        for (double after : new double[] {150, 200}) {
            if (t.minutesSince(OUTAGE, after)) {
                t.once("review-put-back-" + after, () -> {
                    t.reviewAll("move-agent");
                    t.reviewAll("set-callback-offer");
                    t.reviewAll("set-digital-deflection");
                });
            }
        }
    }

    /**
     * Treats the outage as a volume problem: buys overtime at once, re-routes, sends chat agents
     * home, and invokes a generic plan (no fallback, no notice) only after the objective has passed.
     * Never briefs the team, never reviews.
     */
    @Override
    public void costlyWrong(Trainee t) {
        if (t.minutesSince(OUTAGE, 5)) {
            t.once("overtime", () -> send(t, "{'action':'add-overtime','count':10,"
                    + "'skills':[{'queue':'billing'},{'queue':'support','priority':2}],'durationMinutes':240}"));
            t.once("priority", () -> send(t, "{'action':'set-priority','queue':'billing','priority':9}"));
            t.once("overflow", () -> send(t, "{'action':'set-overflow','queue':'support','afterSeconds':30,'to':['billing']}"));
            t.once("home", () -> spare(t, "Digital", 2).forEach(a ->
                    send(t, "{'action':'send-home','agents':['" + a.id() + "']}")));
        }
        if (t.minutesSince(OUTAGE, 70)) {
            t.once("late-plan", () -> send(t, "{'action':'invoke-continuity-plan','outage':'" + OUTAGE + "',"
                    + "'fallback':'','ivrAnnouncement':'We are experiencing technical difficulties.',"
                    + "'stakeholderNotice':'','recoveryTimeObjectiveMinutes':240}"));
        }
    }

    /** Sends a command and remembers its id if accepted. */
    private void send(Trainee t, String json) {
        CommandOutcome outcome = t.send(json);
        if (outcome.accepted() && outcome.entry() != null) {
            sent.computeIfAbsent(t, k -> new java.util.HashMap<>())
                    .computeIfAbsent(outcome.entry().action(), k -> new ArrayList<>()).add(outcome.entry().id());
        }
    }

    private List<String> ids(Trainee t, String action) {
        return List.copyOf(sent.getOrDefault(t, Map.of()).getOrDefault(action, List.of()));
    }

    private static List<AgentKpis> spare(Trainee t, String team, int count) {
        return t.agents(a -> a.team().equals(team) && !a.overtime() && !a.state().equals("logged-out")).stream()
                .limit(count).toList();
    }

    private static boolean atTarget(Trainee t, String queue) {
        var q = t.snapshot().queue(queue);
        return q != null && q.last15().serviceLevel() >= q.slTarget();
    }

    /** Digital and back-office agents now taking billing: the ones moved onto voice for the outage. */
    private static List<String> moved(Trainee t) {
        return t.agents(a -> (a.team().equals("Digital") || a.team().equals("Back office")) && a.skills().contains("billing"))
                .stream().map(AgentKpis::id).toList();
    }

    private void review(Trainee t, String action, String verdict, String note) {
        for (String id : ids(t, action)) {
            send(t, "{'action':'review-change','change':'" + id + "','verdict':'" + verdict + "','note':'" + note + "'}");
        }
    }
}
