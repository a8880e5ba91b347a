package org.cctrainer.sim.centre;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.Incident;

/**
 * Business-continuity plans invoked for outages, and how each changes the outage's effect for
 * the rest of it. A fallback procedure (agents work around the system) halves the extra handle
 * time and lets a closed queue take contacts again, slowly (×1.3); an IVR announcement tells
 * callers what is going on, so 15% of them call back another day instead of now; the
 * stakeholder notice matters to the business, not to the queues. The effects are factors that
 * {@link IncidentHandler#recomputeMultipliers()} applies while the outage is active, so they end
 * with it and compose with every other incident.
 */
final class ContinuityPlans {
    static final double MIN_RTO_MINUTES = 5;
    static final double MAX_RTO_MINUTES = 1440;
    static final int MAX_TEXT_CHARS = 500;
    /** Working around a down system is slower than working with it. */
    static final double DEGRADED_HANDLE_TIME = 1.3;
    /** Share of arrivals that an announcement turns away (to call back another time). */
    static final double ANNOUNCEMENT_ARRIVAL_FACTOR = 0.85;

    /** What an invoked plan provides; the texts themselves are the trainee's and the debrief's. */
    record Plan(boolean fallback, boolean announcement, boolean notice, double rtoMinutes) {
    }

    private final ContactCentre centre;
    private final Map<String, Plan> plans = new HashMap<>();

    ContinuityPlans(ContactCentre centre) {
        this.centre = centre;
    }

    CommandResult invoke(Command.InvokeContinuityPlan c) {
        Incident incident = centre.incidents.activeIncident(c.outageId());
        if (!(incident instanceof Incident.Outage)) {
            List<String> outages = centre.incidents.activeOutageIds();
            return CommandResult.rejected("no outage '" + c.outageId() + "' is under way; "
                    + (outages.isEmpty() ? "there is none now" : "outages now: " + String.join(", ", outages)));
        }
        if (plans.containsKey(c.outageId())) {
            return CommandResult.rejected("the continuity plan for " + c.outageId() + " has already been invoked");
        }
        if (!(c.recoveryTimeObjectiveMinutes() >= MIN_RTO_MINUTES
                && c.recoveryTimeObjectiveMinutes() <= MAX_RTO_MINUTES)) {
            return CommandResult.rejected("the recovery-time objective is 5–1440 minutes, got "
                    + c.recoveryTimeObjectiveMinutes());
        }
        for (String text : new String[] {c.fallback(), c.ivrAnnouncement(), c.stakeholderNotice()}) {
            if (text != null && text.length() > MAX_TEXT_CHARS) {
                return CommandResult.rejected("each part of the plan is at most 500 characters");
            }
        }
        Plan plan = new Plan(given(c.fallback()), given(c.ivrAnnouncement()), given(c.stakeholderNotice()),
                c.recoveryTimeObjectiveMinutes());
        if (!plan.fallback() && !plan.announcement() && !plan.notice()) {
            return CommandResult.rejected("a plan needs at least one of a fallback procedure, an IVR announcement "
                    + "or a stakeholder notice");
        }
        plans.put(c.outageId(), plan);
        centre.incidents.recomputeMultipliers();
        if (centre.listening()) {
            centre.emit(new SimEvent.ContinuityPlanInvoked(centre.now(), c.outageId(), plan.fallback(),
                    plan.announcement(), plan.notice(), plan.rtoMinutes()));
        }
        return CommandResult.applied("continuity plan for " + c.outageId() + " invoked");
    }

    /** The outage's handle-time multiplier m; with a fallback 1 + (m − 1)/2, ×1.3 if it reopened closed queues. */
    double handleTimeMultiplier(Incident.Outage outage) {
        Plan plan = plans.get(outage.id());
        if (plan == null || !plan.fallback()) {
            return outage.handleTimeMultiplier();
        }
        double eased = 1 + (outage.handleTimeMultiplier() - 1) / 2;
        return outage.closesQueues() ? eased * DEGRADED_HANDLE_TIME : eased;
    }

    /** 0.85 on the outage's queues once an announcement is playing, else 1. */
    double volumeMultiplier(Incident.Outage outage) {
        Plan plan = plans.get(outage.id());
        return plan != null && plan.announcement() ? ANNOUNCEMENT_ARRIVAL_FACTOR : 1;
    }

    /** A closing outage keeps its queues closed unless a fallback lets agents work without the system. */
    boolean closesQueues(Incident.Outage outage) {
        Plan plan = plans.get(outage.id());
        return outage.closesQueues() && (plan == null || !plan.fallback());
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
