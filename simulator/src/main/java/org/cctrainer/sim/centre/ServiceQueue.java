package org.cctrainer.sim.centre;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.model.AgentState;
import org.cctrainer.sim.model.CallbackPolicy;
import org.cctrainer.sim.model.Forecast;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.IvrPolicy;
import org.cctrainer.sim.model.Overflow;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.random.RandomStream;
import org.cctrainer.sim.random.RandomStreams;
import org.cctrainer.sim.stats.Counters;
import org.cctrainer.sim.stats.RollingCounters;

/**
 * A queue at run time: its waiting line, its pools of free agents, the settings interventions
 * change, the multipliers incidents apply, and its tallies. Each purpose draws from its own
 * named random stream, so turning on callbacks here shifts no other number in the day.
 */
final class ServiceQueue {
    final ContactCentre centre;
    final int index;
    final QueueConfig config;
    final boolean abandons;

    int priority;
    Overflow overflow;
    private List<ServiceQueue> overflowTargets = List.of();
    CallbackPolicy callback;
    IvrPolicy ivr;
    ServiceQueue deflectTarget;
    /** Queues whose waiting contacts overflow into this one's agents. */
    final List<ServiceQueue> overflowSources = new ArrayList<>();

    double volumeMultiplier = 1;
    double handleTimeMultiplier = 1;
    int closures;

    final WaitingLine line = new WaitingLine();
    /**
     * Agents with nothing to do and this skill, one pool per skill level (index 1 = primary),
     * each longest idle first: a new contact goes to the best level that has anyone free.
     */
    private final AgentPool[] idle = new AgentPool[10];
    /** Chat agents part-way through their concurrency who can take another chat, by skill level. */
    private final AgentPool[] partial = new AgentPool[10];
    final int[] agentsByState = new int[AgentState.values().length];

    /** Tallies of contacts that arrived inside the measured span (all day, by default). */
    final Counters sinceStart = new Counters();
    final RollingCounters rolling = new RollingCounters(30);

    final RandomStream arrivalRandom;
    final RandomStream workRandom;
    final RandomStream patienceRandom;
    final RandomStream ivrRandom;
    final RandomStream callbackRandom;
    /** Work for contacts re-homed here (deflected, repeats), kept apart from first-time arrivals. */
    final RandomStream rehomedRandom;
    final ArrivalProcess arrivals;

    ServiceQueue(ContactCentre centre, int index, QueueConfig config, RandomStreams streams) {
        this.centre = centre;
        this.index = index;
        this.config = config;
        this.abandons = config.channel() != Channel.EMAIL;
        this.priority = config.priority();
        this.overflow = config.overflow();
        this.callback = config.callback();
        this.ivr = config.ivr();
        String id = config.id();
        this.arrivalRandom = streams.forName("arrivals." + id);
        this.workRandom = streams.forName("work." + id);
        this.patienceRandom = streams.forName("patience." + id);
        this.ivrRandom = streams.forName("ivr." + id);
        this.callbackRandom = streams.forName("callback." + id);
        this.rehomedRandom = streams.forName("rehomed." + id);
        this.arrivals = new ArrivalProcess(this);
    }

    /** Sets the overflow rule; the centre rebuilds every queue's overflow sources afterwards. */
    void setOverflow(Overflow rule) {
        overflow = rule;
        List<ServiceQueue> targets = new ArrayList<>();
        if (rule != null) {
            for (String target : rule.to()) {
                targets.add(centre.queueById.get(target));
            }
        }
        overflowTargets = List.copyOf(targets);
    }

    List<ServiceQueue> overflowTargets() {
        return overflowTargets;
    }

    AgentPool idlePool(int skillPriority) {
        return pool(idle, skillPriority);
    }

    AgentPool partialPool(int skillPriority) {
        return pool(partial, skillPriority);
    }

    private static AgentPool pool(AgentPool[] pools, int level) {
        AgentPool pool = pools[level];
        if (pool == null) {
            pool = new AgentPool();
            pools[level] = pool;
        }
        return pool;
    }

    /** The longest-idle agent at the best skill level for this queue, or null. */
    AgentSkill longestIdle() {
        return firstHead(idle);
    }

    /** For chat: the part-busy agent with spare capacity at the best level, waiting longest, or null. */
    AgentSkill longestPartial() {
        return firstHead(partial);
    }

    private static AgentSkill firstHead(AgentPool[] pools) {
        for (AgentPool pool : pools) {
            if (pool != null && pool.head() != null) {
                return pool.head();
            }
        }
        return null;
    }

    String id() {
        return config.id();
    }

    boolean closed() {
        return closures > 0;
    }

    double threshold() {
        return config.sla().thresholdSeconds();
    }

    /** New-contact arrival rate now: forecast less its expected repeats, × multipliers from incidents. */
    double arrivalRate(double t) {
        Forecast forecast = config.forecast();
        return forecast.ratePerSecond(t) * (1 - forecast.repeatShare()) * volumeMultiplier;
    }

    /** Draws a new contact's work from this queue's distributions. */
    void drawWork(Contact contact, RandomStream random) {
        contact.work = config.handleTime().sample(random);
        contact.wrap = config.wrapUp().sample(random);
    }

    double drawPatience(RandomStream random) {
        return abandons ? config.patience().sample(random) : Double.POSITIVE_INFINITY;
    }

    /** The tallies to add an outcome to: the rolling window always, since-start for the measured cohort. */
    Counters rollingAt(double t) {
        return rolling.at(t);
    }
}
