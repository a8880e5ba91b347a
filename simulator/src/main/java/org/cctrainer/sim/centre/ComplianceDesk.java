package org.cctrainer.sim.centre;

import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.incident.ComplianceActions;
import org.cctrainer.sim.incident.Incident;

/**
 * Compliance events: the trainee responds with actions one at a time; the event closes when every
 * action its kind requires has been taken. Removing the agent takes them off every queue (a real
 * loss of capacity); switching off recording for the whole centre is accepted, because a
 * supervisor can do it, and counted as a breach, because it leaves every other call unprotected;
 * a report to the data-protection officer after the reporting deadline is a breach too.
 */
final class ComplianceDesk {
    static final String REVIEW_REASON = "compliance review";
    static final String RECORDING_OFF = "call recording switched off for the whole centre";

    private final ContactCentre centre;
    long breaches;

    ComplianceDesk(ContactCentre centre) {
        this.centre = centre;
    }

    CommandResult act(Command.ComplianceAction c) {
        IncidentHandler.OpenItem item = centre.incidents.item(c.eventId());
        if (item == null) {
            return CommandResult.rejected("unknown compliance event '" + c.eventId() + "'");
        }
        if (!(item.incident instanceof Incident.ComplianceEvent event)) {
            return CommandResult.rejected("'" + c.eventId() + "' is an escalation case, not a compliance event");
        }
        if (item.closed) {
            return CommandResult.rejected(event.id() + " is closed: every action it needed has been taken");
        }
        String action = c.action();
        if (action == null || !ComplianceActions.ALL.contains(action)) {
            return CommandResult.rejected("unknown action '" + action + "'; actions are "
                    + String.join(", ", ComplianceActions.ALL));
        }
        if (item.actionsTaken.contains(action)) {
            return CommandResult.rejected(action + " has already been done for " + event.id());
        }
        Agent agent = event.agent() == null ? null : centre.agent(event.agent());
        if (ComplianceActions.REMOVE_AGENT.equals(action) && agent == null) {
            return CommandResult.rejected(event.id() + " names no agent to remove");
        }
        double now = centre.now();
        boolean required = event.requiredActions().contains(action);
        item.actionsTaken.add(action);
        if (centre.listening()) {
            centre.emit(new SimEvent.ComplianceActionTaken(now, event.id(), action, required));
        }
        String effect = action + " done for " + event.id();
        if (ComplianceActions.REMOVE_AGENT.equals(action)) {
            centre.lifecycle.removeFromQueues(agent, REVIEW_REASON);
            effect = agent.config.name() + " taken off every queue for a compliance review";
        } else if (ComplianceActions.STOP_ALL_RECORDING.equals(action)) {
            breaches++;
            if (centre.listening()) {
                centre.emit(new SimEvent.PolicyBreached(now, event.id(), RECORDING_OFF));
            }
            effect = RECORDING_OFF + ": a policy breach";
        } else if (ComplianceActions.REPORT_DPO.equals(action) && reportIsLate(item, now)) {
            countLateReport(item);
            effect = "reported to the DPO after the " + hours(event.reportDeadlineHours()) + "-hour deadline: a breach";
        }
        if (item.actionsTaken.containsAll(event.requiredActions())) {
            close(item, now);
            effect += "; " + event.id() + " closed";
        }
        return CommandResult.applied(effect);
    }

    /** The reporting deadline passed with the DPO not told (when the event requires it): a breach. */
    void deadlinePassed(IncidentHandler.OpenItem item) {
        Incident.ComplianceEvent event = (Incident.ComplianceEvent) item.incident;
        if (!item.closed && event.requiredActions().contains(ComplianceActions.REPORT_DPO)
                && !item.actionsTaken.contains(ComplianceActions.REPORT_DPO)) {
            countLateReport(item);
        }
    }

    private static boolean reportIsLate(IncidentHandler.OpenItem item, double now) {
        return item.deadlinePassed || now > item.deadlineAt;
    }

    /** One breach per event for lateness, whether counted when the deadline passed or when the report came. */
    private void countLateReport(IncidentHandler.OpenItem item) {
        if (!item.lateReportCounted) {
            item.lateReportCounted = true;
            breaches++;
        }
    }

    private static String hours(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    private void close(IncidentHandler.OpenItem item, double now) {
        item.closed = true;
        centre.scheduler().cancel(item);
        if (centre.listening()) {
            centre.emit(new SimEvent.ComplianceEventClosed(now, item.incident.id(),
                    !item.deadlinePassed && now <= item.deadlineAt));
        }
    }
}
