package org.cctrainer.sim.centre;

import org.cctrainer.sim.command.Command;
import org.cctrainer.sim.command.CommandResult;
import org.cctrainer.sim.engine.Event;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEvent.Origin;
import org.cctrainer.sim.incident.CaseTiering;
import org.cctrainer.sim.incident.Incident;
import org.cctrainer.sim.random.RandomStream;

/**
 * Escalation cases: the trainee classifies a case and hands it to a tier; the centre judges the
 * escalation against {@link CaseTiering} and plays out the consequence. A case escalated in time
 * to a tier that can handle it is resolved shortly after; one escalated too low, too late, or left
 * open past its deadline fails its customer, who contacts the centre again 30–120 minutes later
 * (a repeat contact on the case's queue), complains, and rates the outcome CSAT 1. A case sent
 * higher than it needed is resolved but counted as over-escalated: senior time spent for nothing.
 *
 * <p>Each case draws from its own stream ({@code case.<id>}), so a case shifts no other number.
 */
final class CaseDesk {
    static final int MAX_OWNER_CHARS = 80;
    static final double MIN_RESOLVE_MINUTES = 5;
    static final double MAX_RESOLVE_MINUTES = 7 * 24 * 60;
    /** A well-escalated case is picked up and resolved 5–30 minutes later (never later than promised). */
    static final double RESOLVE_MIN_MINUTES = 5;
    static final double RESOLVE_MAX_MINUTES = 30;
    /** A failed customer comes back 30–120 minutes later. */
    static final double RETURN_MIN_MINUTES = 30;
    static final double RETURN_MAX_MINUTES = 120;
    static final int FAILED_CASE_CSAT = 1;

    private final ContactCentre centre;
    long complaints;
    long overEscalated;

    CaseDesk(ContactCentre centre) {
        this.centre = centre;
    }

    CommandResult classify(Command.ClassifyCase c) {
        IncidentHandler.OpenItem item = centre.incidents.item(c.caseId());
        String problem = openCaseProblem(c.caseId(), item);
        if (problem != null) {
            return CommandResult.rejected(problem);
        }
        String classification = c.classification();
        if (!CaseTiering.STANDARD.equals(classification) && !CaseTiering.COMPLEX.equals(classification)) {
            return CommandResult.rejected("a case is classified standard or complex, got '" + classification + "'");
        }
        if (classification.equals(item.classification)) {
            return CommandResult.rejected(c.caseId() + " is already classified " + classification);
        }
        Incident.EscalationCase escalation = (Incident.EscalationCase) item.incident;
        item.classification = classification;
        if (centre.listening()) {
            centre.emit(new SimEvent.CaseClassified(centre.now(), c.caseId(), classification,
                    classification.equals(CaseTiering.classification(escalation))));
        }
        return CommandResult.applied(c.caseId() + " classified " + classification);
    }

    CommandResult escalate(Command.EscalateCase c) {
        IncidentHandler.OpenItem item = centre.incidents.item(c.caseId());
        String problem = openCaseProblem(c.caseId(), item);
        if (problem != null) {
            return CommandResult.rejected(problem);
        }
        if (c.tier() < CaseTiering.MIN_TIER || c.tier() > CaseTiering.MAX_TIER) {
            return CommandResult.rejected("escalate to tier 1 (frontline), 2 (specialist) or 3 (complaints and "
                    + "compliance), got " + c.tier());
        }
        if (c.owner() == null || c.owner().isBlank()) {
            return CommandResult.rejected("name the owner of the case");
        }
        if (c.owner().length() > MAX_OWNER_CHARS) {
            return CommandResult.rejected("an owner is at most 80 characters, got " + c.owner().length());
        }
        if (!(c.resolveWithinMinutes() >= MIN_RESOLVE_MINUTES && c.resolveWithinMinutes() <= MAX_RESOLVE_MINUTES)) {
            return CommandResult.rejected("resolve within 5–10080 minutes (7 days), got " + c.resolveWithinMinutes());
        }
        Incident.EscalationCase escalation = (Incident.EscalationCase) item.incident;
        double now = centre.now();
        int required = CaseTiering.requiredTier(escalation);
        boolean beforeDeadline = !item.deadlinePassed && now < item.deadlineAt;
        item.escalated = true;
        item.closed = true;
        centre.scheduler().cancel(item);
        if (centre.listening()) {
            centre.emit(new SimEvent.CaseEscalated(now, escalation.id(), c.tier(), required, c.owner().strip(),
                    beforeDeadline));
        }
        RandomStream random = centre.streams.forName("case." + escalation.id());
        String outcome;
        if (!beforeDeadline) {
            // The customer was failed when the deadline passed (fail() happens once per case).
            fail(item, random, "escalated after its deadline");
            outcome = "after its deadline";
        } else if (c.tier() < required) {
            fail(item, random, "escalated to tier " + c.tier() + ", which cannot resolve it");
            outcome = "to tier " + c.tier();
        } else {
            if (c.tier() > required) {
                overEscalated++;
            }
            double minutes = Math.min(c.resolveWithinMinutes(),
                    RESOLVE_MIN_MINUTES + (RESOLVE_MAX_MINUTES - RESOLVE_MIN_MINUTES) * random.nextDouble());
            centre.scheduler().schedule(new Resolution(escalation.id()), now + minutes * 60);
            outcome = "to tier " + c.tier();
        }
        return CommandResult.applied(escalation.id() + " escalated " + outcome + ", owner " + c.owner().strip());
    }

    /** The deadline passed on an open case: its customer is failed. */
    void deadlinePassed(IncidentHandler.OpenItem item) {
        if (!item.closed) {
            fail(item, centre.streams.forName("case." + item.incident.id()), "no decision before the deadline");
        }
    }

    private String openCaseProblem(String id, IncidentHandler.OpenItem item) {
        if (item == null) {
            return "unknown case '" + id + "'";
        }
        if (!(item.incident instanceof Incident.EscalationCase)) {
            return "'" + id + "' is a compliance event, not an escalation case";
        }
        if (item.escalated) {
            return id + " has already been escalated";
        }
        return null;
    }

    /**
     * The customer will come back: at a time drawn now, or at the end of the day if that is later
     * (they write in rather than call; the complaint still counts today).
     */
    private void fail(IncidentHandler.OpenItem item, RandomStream random, String reason) {
        if (item.failed) {
            return;
        }
        item.failed = true;
        double minutes = RETURN_MIN_MINUTES + (RETURN_MAX_MINUTES - RETURN_MIN_MINUTES) * random.nextDouble();
        double at = centre.now() + minutes * 60;
        double end = centre.scenario.durationSeconds();
        centre.scheduler().schedule(new CustomerReturns((Incident.EscalationCase) item.incident, reason, random,
                at < end), Math.max(centre.now(), Math.min(at, end)));
    }

    /** A failed customer's comeback: a complaint, a CSAT-1 survey, and (if the day is still open) a repeat contact. */
    private void customerReturns(Incident.EscalationCase escalation, String reason, RandomStream random,
                                 boolean calls) {
        double now = centre.now();
        ServiceQueue queue = escalation.queue() == null ? null : centre.queue(escalation.queue());
        complaints++;
        if (centre.listening()) {
            centre.emit(new SimEvent.ComplaintRaised(now, escalation.id(), escalation.queue(), reason));
        }
        Contact repeat = null;
        if (queue != null && calls) {
            repeat = centre.newContact(Origin.REPEAT, queue);
            repeat.repeatCount = escalation.repeatCount() + 1;
            queue.drawWork(repeat, random);
            repeat.patience = queue.drawPatience(random);
        }
        recordSurvey(queue, escalation, repeat == null ? 0 : repeat.id, now);
        if (repeat != null) {
            centre.arrive(repeat);
        }
    }

    private void recordSurvey(ServiceQueue queue, Incident.EscalationCase escalation, long contactId, double now) {
        if (queue != null) {
            queue.rollingAt(now).surveys++;
            queue.rollingAt(now).csatSum += FAILED_CASE_CSAT;
            if (now >= centre.measureFrom && now < centre.measureTo) {
                queue.sinceStart.surveys++;
                queue.sinceStart.csatSum += FAILED_CASE_CSAT;
            }
        }
        if (centre.listening()) {
            // No agent is answerable for a case's outcome (agent null), so no agent's CSAT takes it.
            centre.emit(new SimEvent.SurveyReceived(now, contactId, escalation.queue(), null, FAILED_CASE_CSAT,
                    PhraseBank.failedCaseVerbatim(escalation.repeatCount())));
        }
    }

    private final class CustomerReturns extends Event {
        private final Incident.EscalationCase escalation;
        private final String reason;
        private final RandomStream random;
        private final boolean calls;

        CustomerReturns(Incident.EscalationCase escalation, String reason, RandomStream random, boolean calls) {
            this.escalation = escalation;
            this.reason = reason;
            this.random = random;
            this.calls = calls;
        }

        @Override
        protected void fire() {
            customerReturns(escalation, reason, random, calls);
        }
    }

    private final class Resolution extends Event {
        private final String caseId;

        Resolution(String caseId) {
            this.caseId = caseId;
        }

        @Override
        protected void fire() {
            if (centre.listening()) {
                centre.emit(new SimEvent.CaseResolved(centre.now(), caseId));
            }
        }
    }
}
