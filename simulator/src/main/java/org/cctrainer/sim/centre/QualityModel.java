package org.cctrainer.sim.centre;

import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEvent.Origin;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.random.RandomStream;

/**
 * Per-contact quality signals from the answering agent's traits: first-contact resolution
 * (an unresolved contact comes back later as a repeat), a satisfaction survey with a verbatim
 * for a share of contacts, and a QA evaluation for a sample. These are what an agent's speed
 * figures hide: a fast agent with poor resolution fills the queue with repeats.
 */
final class QualityModel {
    private final ContactCentre centre;
    private final double surveyRate;
    private final double qaSampleRate;

    QualityModel(ContactCentre centre, double surveyRate, double qaSampleRate) {
        this.centre = centre;
        this.surveyRate = surveyRate;
        this.qaSampleRate = qaSampleRate;
    }

    /** Draws the contact's quality outcome; returns whether it was resolved first time. */
    boolean contactCompleted(Agent agent, Contact contact) {
        QualityTraits traits = agent.quality;
        RandomStream random = agent.qualityRandom;
        double now = centre.now();
        ServiceQueue queue = contact.queue;
        boolean resolved = traits.fcrRate() >= 1 || random.nextBoolean(traits.fcrRate());
        if (resolved) {
            agent.tally.resolvedFirstTime++;
            queue.rollingAt(now).resolvedFirstTime++;
            if (contact.inCohort) {
                queue.sinceStart.resolvedFirstTime++;
            }
        } else {
            scheduleRepeat(agent, contact, now);
        }
        if (surveyRate > 0 && random.nextBoolean(surveyRate)) {
            survey(agent, contact, resolved, random, now);
        }
        if (qaSampleRate > 0 && random.nextBoolean(qaSampleRate)) {
            evaluate(agent, contact, random, now);
        }
        return resolved;
    }

    /** The customer's problem is not fixed: they will contact again, on the same queue, later the same day. */
    private void scheduleRepeat(Agent agent, Contact contact, double now) {
        ServiceQueue queue = contact.queue;
        double at = now + queue.config.repeatDelay().sample(queue.rehomedRandom);
        if (at >= centre.scenario.durationSeconds()) {
            return;
        }
        agent.tally.repeatsCaused++;
        Contact repeat = centre.newContact(Origin.REPEAT, queue);
        repeat.repeatCount = contact.repeatCount + 1;
        queue.drawWork(repeat, queue.rehomedRandom);
        repeat.patience = queue.drawPatience(queue.rehomedRandom);
        centre.scheduler().schedule(repeat, at);
    }

    private void survey(Agent agent, Contact contact, boolean resolved, RandomStream random, double now) {
        ServiceQueue queue = contact.queue;
        double expected = agent.quality.csatMean();
        if (!resolved) {
            expected -= 0.8;
        }
        double threshold = queue.threshold();
        if (contact.waitedSeconds > 3 * threshold) {
            expected -= 1.0;
        } else if (contact.waitedSeconds > threshold) {
            expected -= 0.4;
        }
        if (contact.repeatCount > 0) {
            expected -= 0.3 * Math.min(3, contact.repeatCount);
        }
        int csat = (int) Math.max(1, Math.min(5, Math.round(expected + 0.7 * random.nextGaussian())));
        String verbatim = PhraseBank.verbatim(csat, resolved, contact.waitedSeconds > threshold, random);
        agent.tally.surveys++;
        agent.tally.csatSum += csat;
        queue.rollingAt(now).surveys++;
        queue.rollingAt(now).csatSum += csat;
        if (contact.inCohort) {
            queue.sinceStart.surveys++;
            queue.sinceStart.csatSum += csat;
        }
        if (centre.listening()) {
            centre.emit(new SimEvent.SurveyReceived(now, contact.id, queue.id(), agent.id(), csat, verbatim));
        }
    }

    private void evaluate(Agent agent, Contact contact, RandomStream random, double now) {
        int score = (int) Math.max(0, Math.min(100, Math.round(agent.quality.qaMean() + 8 * random.nextGaussian())));
        boolean flagged = score < PhraseBank.QA_FLAG_BELOW;
        String excerpt = flagged ? PhraseBank.flaggedExcerpt(random) : "";
        agent.tally.qaEvaluations++;
        agent.tally.qaSum += score;
        if (flagged) {
            agent.tally.qaFlagged++;
        }
        if (centre.listening()) {
            centre.emit(new SimEvent.QaEvaluated(now, contact.id, contact.queue.id(), agent.id(), score, flagged,
                    excerpt));
        }
    }
}
