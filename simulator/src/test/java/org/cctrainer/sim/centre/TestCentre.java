package org.cctrainer.sim.centre;

import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.engine.Event;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.event.SimEvent.Origin;
import org.cctrainer.sim.model.AgentConfig;
import org.cctrainer.sim.model.CallbackPolicy;
import org.cctrainer.sim.model.Channel;
import org.cctrainer.sim.model.Forecast;
import org.cctrainer.sim.model.IvrPolicy;
import org.cctrainer.sim.model.Overflow;
import org.cctrainer.sim.model.QualityTraits;
import org.cctrainer.sim.model.QueueConfig;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.model.ScheduledActivity;
import org.cctrainer.sim.model.ServiceLevelDefinition;
import org.cctrainer.sim.model.Sla;
import org.cctrainer.sim.model.SkillAssignment;
import org.cctrainer.sim.random.Distribution;

/**
 * A hand-built centre for unit tests: queues with no forecast arrivals, agents on a shift,
 * and contacts scripted at exact times with exact work and patience, so a test can say
 * "a caller arrives at 00:10 needing 60 s" and check who answers and when.
 */
final class TestCentre {
    private final List<QueueConfig> queues = new ArrayList<>();
    private final List<AgentConfig> agents = new ArrayList<>();
    private final List<SimEvent> events = new ArrayList<>();
    private double qaSampleRate;
    private Simulation simulation;

    static QueueConfig voice(String id, int priority) {
        return queue(id, Channel.VOICE, priority, 1, null, CallbackPolicy.DEFAULT);
    }

    static QueueConfig queue(String id, Channel channel, int priority, int concurrency, Overflow overflow,
                             CallbackPolicy callback) {
        Distribution patience = channel == Channel.EMAIL ? new Distribution.None() : new Distribution.Exponential(60);
        return new QueueConfig(id, id, channel, priority, new Sla(0.8, 20), ServiceLevelDefinition.ANSWERED_AND_ABANDONED,
                5, new Distribution.Fixed(100), new Distribution.Fixed(0), patience, concurrency, overflow, callback,
                IvrPolicy.NONE, new Forecast(900, new double[] {0}), new Distribution.Fixed(600));
    }

    TestCentre with(QueueConfig queue) {
        queues.add(queue);
        return this;
    }

    TestCentre agent(String id, String... skills) {
        List<SkillAssignment> assignments = new ArrayList<>();
        for (String skill : skills) {
            assignments.add(SkillAssignment.primary(skill));
        }
        return agent(new AgentConfig(id, id, "team", assignments, 0, 8 * 3600, List.of(), QualityTraits.PERFECT, 0,
                0));
    }

    /** Every contact QA-evaluated at this rate (none by default). */
    TestCentre qaSampled(double rate) {
        qaSampleRate = rate;
        return this;
    }

    TestCentre agent(AgentConfig config) {
        agents.add(config);
        return this;
    }

    static AgentConfig agentWith(String id, List<SkillAssignment> skills, double shiftStart, double shiftEnd,
                                 List<ScheduledActivity> activities) {
        return new AgentConfig(id, id, "team", skills, shiftStart, shiftEnd, activities, QualityTraits.PERFECT, 0, 0);
    }

    Simulation start() {
        Scenario scenario = new Scenario("test", "Test", "", 8 * 60, 8 * 3600, 1, queues, agents, List.of(), 0,
                qaSampleRate);
        simulation = Simulation.start(scenario, 1);
        simulation.addListener(events::add);
        return simulation;
    }

    /** A contact arriving on {@code queue} at {@code t}, needing {@code work} seconds, giving up after {@code patience}. */
    TestCentre contact(double t, String queue, double work, double patience) {
        ContactCentre centre = simulation.centre();
        centre.scheduler().schedule(new Event() {
            @Override
            protected void fire() {
                Contact contact = centre.newContact(Origin.NEW, centre.queue(queue));
                contact.work = work;
                contact.wrap = 0;
                contact.patience = patience;
                centre.arrive(contact);
            }
        }, t);
        return this;
    }

    void contactsRunUntil(double t) {
        simulation.runUntil(t);
    }

    List<SimEvent> events() {
        return events;
    }

    <T extends SimEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Who answered which contact, as "contact→agent@time", in order. */
    List<String> answers() {
        return events(SimEvent.ContactAnswered.class).stream()
                .map(a -> a.contact() + "→" + a.agent() + "@" + (long) a.t()).toList();
    }
}
