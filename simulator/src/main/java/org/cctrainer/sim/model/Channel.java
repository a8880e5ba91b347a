package org.cctrainer.sim.model;

/** How customers reach a queue; decides concurrency and whether they can abandon. */
public enum Channel {
    /** One call per agent; callers abandon when their patience runs out. */
    VOICE,
    /** An agent handles up to the queue's concurrency at once; customers can leave the chat. */
    CHAT,
    /** Deferred work (email, back office): answered against a deadline, never abandoned. */
    EMAIL;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
