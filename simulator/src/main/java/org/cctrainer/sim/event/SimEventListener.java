package org.cctrainer.sim.event;

/** Receives the centre's history as it happens, on the thread that advances the simulation. */
@FunctionalInterface
public interface SimEventListener {
    void onEvent(SimEvent event);
}
