package org.cctrainer.sim.centre;

/**
 * Agents waiting for work on one queue, in the order they became free: the head has been idle
 * longest, so "longest-idle agent first" is a look at the head, not a search.
 */
final class AgentPool {
    private AgentSkill head;
    private AgentSkill tail;
    private int size;

    AgentSkill head() {
        return head;
    }

    int size() {
        return size;
    }

    void append(AgentSkill node) {
        if (node.pool != null) {
            throw new IllegalStateException("agent " + node.agent.id() + " is already in a pool of " + node.queue.id());
        }
        node.pool = this;
        node.previous = tail;
        node.next = null;
        if (tail == null) {
            head = node;
        } else {
            tail.next = node;
        }
        tail = node;
        size++;
    }

    static void leave(AgentSkill node) {
        AgentPool pool = node.pool;
        if (pool == null) {
            return;
        }
        if (node.previous == null) {
            pool.head = node.next;
        } else {
            node.previous.next = node.next;
        }
        if (node.next == null) {
            pool.tail = node.previous;
        } else {
            node.next.previous = node.previous;
        }
        node.previous = null;
        node.next = null;
        node.pool = null;
        pool.size--;
    }
}
