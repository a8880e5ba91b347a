package org.cctrainer.sim.centre;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctrainer.sim.engine.EventScheduler;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEvent.Origin;
import org.cctrainer.sim.event.SimEventListener;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.random.RandomStreams;
import org.cctrainer.sim.stats.Counters;

/**
 * The simulated centre: contacts arrive, are routed, wait, abandon or are served. Routing is
 * skill-based: a new contact goes to the longest-idle agent at the best skill level free for
 * its queue (primary skills before backup skills); a freed agent takes
 * the head contact of its eligible queues by queue priority, then its own skill priority,
 * then longest wait; a contact past its queue's overflow threshold is also eligible for the
 * overflow queues' agents. Agents' days (shifts, breaks, not-ready) live in {@link AgentLifecycle}.
 */
final class ContactCentre {
    final Scenario scenario;
    final RandomStreams streams;
    final double measureFrom;
    final double measureTo;
    final List<ServiceQueue> queues = new ArrayList<>();
    final Map<String, ServiceQueue> queueById = new HashMap<>();
    final List<Agent> agents = new ArrayList<>();
    final Map<String, Agent> agentById = new HashMap<>();
    final AgentLifecycle lifecycle;
    final QualityModel quality;
    final IncidentHandler incidents;
    final CaseDesk cases;
    final ComplianceDesk compliance;
    final ContinuityPlans continuity;
    final CoachingSessions coaching;
    final CommandHandler commands;

    private final EventScheduler scheduler = new EventScheduler();
    private final List<SimEventListener> listeners = new ArrayList<>();
    private boolean listening;
    private long nextContactId = 1;
    /** Finished contacts, linked through {@code next}, for reuse. */
    private Contact recycled;
    /** Contacts of the measured cohort still waiting: a measured run drains them before it stops. */
    private int cohortWaiting;

    ContactCentre(Scenario scenario, long seed, double measureFrom, double measureTo) {
        this.scenario = scenario;
        this.streams = new RandomStreams(seed);
        this.measureFrom = measureFrom;
        this.measureTo = measureTo;
        for (QueueConfig config : scenario.queues()) {
            ServiceQueue queue = new ServiceQueue(this, queues.size(), config, streams);
            queues.add(queue);
            queueById.put(config.id(), queue);
        }
        for (ServiceQueue queue : queues) {
            String target = queue.ivr.deflectTo();
            queue.deflectTarget = target == null ? null : queueById.get(target);
            queue.setOverflow(queue.config.overflow());
        }
        rebuildOverflowSources();
        this.lifecycle = new AgentLifecycle(this);
        this.quality = new QualityModel(this, scenario.surveyRate(), scenario.qaSampleRate());
        this.incidents = new IncidentHandler(this);
        this.cases = new CaseDesk(this);
        this.compliance = new ComplianceDesk(this);
        this.continuity = new ContinuityPlans(this);
        this.coaching = new CoachingSessions(this);
        this.commands = new CommandHandler(this);
    }

    EventScheduler scheduler() {
        return scheduler;
    }

    double now() {
        return scheduler.now();
    }

    int cohortWaiting() {
        return cohortWaiting;
    }

    void addListener(SimEventListener listener) {
        listeners.add(listener);
        listening = true;
    }

    boolean listening() {
        return listening;
    }

    void emit(SimEvent event) {
        for (SimEventListener listener : listeners) {
            listener.onEvent(event);
        }
    }

    Contact newContact(Origin origin, ServiceQueue queue) {
        Contact contact = recycled;
        if (contact == null) {
            return new Contact(nextContactId++, origin, queue);
        }
        recycled = contact.next;
        contact.reset(nextContactId++, origin, queue);
        return contact;
    }

    /** A contact that is over (answered and wrapped, abandoned, blocked): keep it for reuse. */
    private void finished(Contact contact) {
        contact.phase = Contact.Phase.DONE;
        contact.previous = null;
        contact.next = recycled;
        recycled = contact;
    }

    void start() {
        for (ServiceQueue queue : queues) {
            queue.arrivals.scheduleNext(0);
        }
        lifecycle.start();
    }

    // ---- arrival -------------------------------------------------------------------------

    void arrive(Contact contact) {
        double now = now();
        ServiceQueue queue = contact.queue;
        contact.arrivedAt = now;
        contact.enqueuedAt = now;
        contact.inCohort = now >= measureFrom && now < measureTo;
        Counters recent = queue.rollingAt(now);
        recent.arrived++;
        if (contact.inCohort) {
            queue.sinceStart.arrived++;
        }
        if (listening) {
            emit(new SimEvent.ContactArrived(now, contact.id, queue.id(), contact.origin));
        }
        if (queue.closed()) {
            finishBeforeQueue(contact, recent);
            return;
        }
        if (contact.origin == Origin.NEW && queue.ivr.messageOn()
                && queue.ivrRandom.nextBoolean(queue.ivr.messageResolveShare())) {
            finishBeforeQueue(contact, recent);
            return;
        }
        if (contact.origin == Origin.NEW && queue.ivr.deflectionOn() && queue.deflectTarget != null
                && queue.ivrRandom.nextBoolean(queue.ivr.deflectShare())) {
            deflect(contact, recent);
            return;
        }
        recent.offered++;
        if (contact.inCohort) {
            queue.sinceStart.offered++;
        }
        AgentSkill skill = queue.longestIdle();
        if (skill == null && queue.config.channel() == Channel.CHAT) {
            skill = queue.longestPartial();
        }
        if (skill != null) {
            answer(contact, skill);
        } else {
            enqueue(contact);
        }
    }

    /** Blocked by an outage, or resolved by the IVR message: never reaches the queue. */
    private void finishBeforeQueue(Contact contact, Counters recent) {
        ServiceQueue queue = contact.queue;
        boolean blocked = queue.closed();
        if (blocked) {
            recent.blocked++;
        } else {
            recent.resolvedInIvr++;
        }
        if (contact.inCohort) {
            if (blocked) {
                queue.sinceStart.blocked++;
            } else {
                queue.sinceStart.resolvedInIvr++;
            }
        }
        if (listening) {
            emit(blocked
                    ? new SimEvent.ContactBlocked(now(), contact.id, queue.id(), "queue closed by an outage")
                    : new SimEvent.ContactResolvedByIvr(now(), contact.id, queue.id()));
        }
        finished(contact);
    }

    private void deflect(Contact contact, Counters recent) {
        ServiceQueue from = contact.queue;
        ServiceQueue to = from.deflectTarget;
        recent.deflectedOut++;
        if (contact.inCohort) {
            from.sinceStart.deflectedOut++;
        }
        Contact moved = newContact(Origin.DEFLECTED, to);
        to.drawWork(moved, to.rehomedRandom);
        moved.patience = to.drawPatience(to.rehomedRandom);
        if (listening) {
            emit(new SimEvent.ContactDeflected(now(), contact.id, from.id(), to.id()));
        }
        finished(contact);
        arrive(moved);
    }

    private void enqueue(Contact contact) {
        double now = now();
        ServiceQueue queue = contact.queue;
        contact.phase = Contact.Phase.WAITING;
        contact.enqueuedAt = now;
        Counters recent = queue.rollingAt(now);
        recent.waited++;
        if (contact.inCohort) {
            queue.sinceStart.waited++;
            cohortWaiting++;
        }
        if (queue.config.channel() == Channel.VOICE && queue.callback.offered()
                && queue.callbackRandom.nextBoolean(queue.callback.takeRate())) {
            contact.callback = true;
            recent.callbacksAccepted++;
            if (contact.inCohort) {
                queue.sinceStart.callbacksAccepted++;
            }
            if (listening) {
                emit(new SimEvent.CallbackAccepted(now, contact.id, queue.id()));
            }
        } else {
            contact.abandonAt = now + contact.patience;
        }
        contact.overflowAt = overflowTime(queue, now);
        queue.line.append(contact);
        if (listening) {
            emit(new SimEvent.ContactQueued(now, contact.id, queue.id(), queue.line.size()));
        }
        scheduleDeadline(contact);
    }

    static double overflowTime(ServiceQueue queue, double enqueuedAt) {
        return queue.overflow == null || queue.overflow.to().isEmpty()
                ? Double.POSITIVE_INFINITY : enqueuedAt + queue.overflow.afterSeconds();
    }

    void scheduleDeadline(Contact contact) {
        scheduler.cancel(contact);
        double deadline = contact.nextDeadline();
        if (deadline < Double.POSITIVE_INFINITY) {
            scheduler.schedule(contact, Math.max(deadline, now()));
        }
    }

    /** A contact's own timer: a repeat contact arriving, or a waiting contact's overflow or patience running out. */
    void onContactTimer(Contact contact) {
        if (contact.phase == Contact.Phase.SCHEDULED) {
            arrive(contact);
            return;
        }
        if (contact.phase != Contact.Phase.WAITING) {
            return;
        }
        double now = now();
        if (!contact.overflowed && now >= contact.overflowAt) {
            overflow(contact);
            if (contact.phase == Contact.Phase.WAITING) {
                scheduleDeadline(contact);
            }
        } else if (now >= contact.abandonAt) {
            abandon(contact);
        }
    }

    void overflow(Contact contact) {
        contact.overflowed = true;
        if (listening) {
            emit(new SimEvent.ContactOverflowed(now(), contact.id, contact.queue.id()));
        }
        AgentSkill longestIdle = null;
        for (ServiceQueue target : contact.queue.overflowTargets()) {
            AgentSkill head = target.longestIdle();
            if (head != null && (longestIdle == null || head.agent.idleSince < longestIdle.agent.idleSince)) {
                longestIdle = head;
            }
        }
        if (longestIdle != null) {
            answer(contact, longestIdle);
        }
    }

    private void abandon(Contact contact) {
        double now = now();
        ServiceQueue queue = contact.queue;
        queue.line.remove(contact);
        double wait = now - contact.enqueuedAt;
        tallyAbandon(queue.rollingAt(now), queue, wait);
        if (contact.inCohort) {
            tallyAbandon(queue.sinceStart, queue, wait);
            cohortWaiting--;
        }
        if (listening) {
            emit(new SimEvent.ContactAbandoned(now, contact.id, queue.id(), wait));
        }
        scheduler.cancel(contact);
        finished(contact);
    }

    private static void tallyAbandon(Counters counters, ServiceQueue queue, double wait) {
        counters.abandoned++;
        if (wait <= queue.threshold()) {
            counters.abandonedWithin++;
        }
        if (wait <= queue.config.shortAbandonSeconds()) {
            counters.abandonedShort++;
        }
    }

    // ---- service -------------------------------------------------------------------------

    /** Connects a contact (arriving or waiting) to an agent through one of the agent's skills. */
    void answer(Contact contact, AgentSkill skill) {
        double now = now();
        Agent agent = skill.agent;
        ServiceQueue queue = contact.queue;
        double wait = 0;
        if (contact.phase == Contact.Phase.WAITING) {
            queue.line.remove(contact);
            scheduler.cancel(contact);
            wait = now - contact.enqueuedAt;
            if (contact.inCohort) {
                cohortWaiting--;
            }
        }
        contact.phase = Contact.Phase.IN_SERVICE;
        contact.waitedSeconds = wait;
        tallyAnswer(queue.rollingAt(now), queue, contact, wait, now);
        if (contact.inCohort) {
            tallyAnswer(queue.sinceStart, queue, contact, wait, now);
        }
        ServiceSlot slot = agent.freeSlot();
        slot.contact = contact;
        slot.skill = skill;
        slot.wrapping = false;
        slot.startedAt = now;
        slot.talkSeconds = contact.work * queue.handleTimeMultiplier * agent.quality.speed() / skill.proficiency;
        scheduler.schedule(slot, now + slot.talkSeconds);
        agent.activeContacts++;
        agent.talking++;
        lifecycle.leavePools(agent);
        if (queue.config.channel() == Channel.CHAT) {
            lifecycle.joinPartialPools(agent);
        }
        lifecycle.updateBusyState(agent, queue.id());
        if (listening) {
            emit(new SimEvent.ContactAnswered(now, contact.id, queue.id(), agent.id(), wait, contact.callback));
        }
    }

    private static void tallyAnswer(Counters counters, ServiceQueue queue, Contact contact, double wait, double now) {
        if (contact.callback) {
            counters.callbacksAnswered++;
            if (now - contact.arrivedAt <= queue.callback.deadlineSeconds()) {
                counters.callbacksWithinDeadline++;
            }
            return;
        }
        counters.answered++;
        if (wait <= queue.threshold()) {
            counters.answeredWithin++;
        }
        counters.waitAnsweredSum += wait;
    }

    /** A slot's timer: talk ended (wrap-up may follow), or wrap-up ended. */
    void onSlotTimer(ServiceSlot slot) {
        Agent agent = slot.agent;
        Contact contact = slot.contact;
        if (!slot.wrapping) {
            completeTalk(slot, agent, contact);
            if (contact.wrap > 0) {
                slot.wrapping = true;
                scheduler.schedule(slot, now() + contact.wrap);
                lifecycle.updateBusyState(agent, contact.queue.id());
                return;
            }
        }
        finished(contact);
        slot.contact = null;
        slot.skill = null;
        slot.wrapping = false;
        agent.activeContacts--;
        lifecycle.slotFreed(agent);
    }

    private void completeTalk(ServiceSlot slot, Agent agent, Contact contact) {
        double now = now();
        ServiceQueue queue = contact.queue;
        agent.talking--;
        tallyHandled(queue.rollingAt(now), slot, contact);
        if (contact.inCohort) {
            tallyHandled(queue.sinceStart, slot, contact);
        }
        agent.tally.handled++;
        agent.tally.talkSum += slot.talkSeconds;
        agent.tally.wrapSum += contact.wrap;
        boolean resolved = quality.contactCompleted(agent, contact);
        if (listening) {
            emit(new SimEvent.ContactCompleted(now, contact.id, queue.id(), agent.id(), slot.talkSeconds,
                    contact.wrap, resolved));
        }
    }

    private static void tallyHandled(Counters counters, ServiceSlot slot, Contact contact) {
        counters.handled++;
        counters.talkSum += slot.talkSeconds;
        counters.wrapSum += contact.wrap;
    }

    /**
     * Gives a free (or part-free chat) agent the best waiting contact it can take; repeats while
     * it still has capacity. Returns whether anything was assigned.
     */
    boolean offerWork(Agent agent) {
        boolean assigned = false;
        while (true) {
            Contact best = null;
            AgentSkill bestSkill = null;
            for (AgentSkill skill : agent.skills) {
                ServiceQueue queue = skill.queue;
                if (canTake(agent, queue)) {
                    Contact head = queue.line.head();
                    if (head != null && better(head, skill, best, bestSkill)) {
                        best = head;
                        bestSkill = skill;
                    }
                }
                for (ServiceQueue source : queue.overflowSources) {
                    Contact head = source.line.head();
                    if (head != null && head.overflowed && canTake(agent, source)
                            && better(head, skill, best, bestSkill)) {
                        best = head;
                        bestSkill = skill;
                    }
                }
            }
            if (best == null) {
                return assigned;
            }
            answer(best, bestSkill);
            assigned = true;
            if (agent.freeSlot() == null || best.queue.config.channel() != Channel.CHAT) {
                return true;
            }
        }
    }

    private static boolean canTake(Agent agent, ServiceQueue queue) {
        if (agent.activeContacts == 0) {
            return true;
        }
        return queue.config.channel() == Channel.CHAT && agent.onChats()
                && agent.activeContacts < queue.config.concurrency();
    }

    /** Queue priority (higher first), then the agent's skill priority (primary first), then longest wait. */
    private static boolean better(Contact candidate, AgentSkill skill, Contact best, AgentSkill bestSkill) {
        if (best == null) {
            return true;
        }
        if (candidate.queue.priority != best.queue.priority) {
            return candidate.queue.priority > best.queue.priority;
        }
        if (skill.priority != bestSkill.priority) {
            return skill.priority < bestSkill.priority;
        }
        return candidate.enqueuedAt < best.enqueuedAt;
    }

    // ---- configuration changes -------------------------------------------------------------

    void rebuildOverflowSources() {
        for (ServiceQueue queue : queues) {
            queue.overflowSources.clear();
        }
        for (ServiceQueue source : queues) {
            for (ServiceQueue target : source.overflowTargets()) {
                target.overflowSources.add(source);
            }
        }
    }

    ServiceQueue queue(String id) {
        return queueById.get(id);
    }

    Agent agent(String id) {
        return agentById.get(id);
    }
}
