package org.cctrainer.sim.centre;

import org.cctrainer.sim.engine.Event;
import org.cctrainer.sim.event.SimEvent.Origin;

/**
 * Poisson arrivals at a piecewise-constant rate (forecast interval × multipliers). The next
 * arrival is found exactly by drawing a unit exponential and spending it across intervals.
 * When a multiplier changes, the pending arrival is redrawn from now: by memorylessness that
 * is exact, and it draws only from this queue's arrival stream.
 */
final class ArrivalProcess extends Event {
    private final ServiceQueue queue;

    ArrivalProcess(ServiceQueue queue) {
        this.queue = queue;
    }

    void scheduleNext(double now) {
        queue.centre.scheduler().cancel(this);
        double budget = -Math.log(queue.arrivalRandom.nextOpenDouble());
        double interval = queue.config.forecast().intervalSeconds();
        double end = queue.config.forecast().endSeconds();
        double t = now;
        while (t < end) {
            double rate = queue.arrivalRate(t);
            double intervalEnd = Math.min(end, (Math.floor(t / interval) + 1) * interval);
            double capacity = rate * (intervalEnd - t);
            if (budget < capacity) {
                queue.centre.scheduler().schedule(this, t + budget / rate);
                return;
            }
            budget -= capacity;
            t = intervalEnd;
        }
    }

    @Override
    protected void fire() {
        ContactCentre centre = queue.centre;
        Contact contact = centre.newContact(Origin.NEW, queue);
        queue.drawWork(contact, queue.workRandom);
        contact.patience = queue.drawPatience(queue.patienceRandom);
        scheduleNext(centre.now());
        centre.arrive(contact);
    }
}
