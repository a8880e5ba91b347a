package org.cctrainer.sim.erlang;

/** Picks the model the inputs call for: Erlang C when nobody abandons, Erlang A otherwise. */
public final class QueueingModels {

    private QueueingModels() {
    }

    public static QueueFigures figures(QueueModel m) {
        return m.hasAbandonment() ? ErlangA.figures(m) : ErlangC.figures(m);
    }
}
