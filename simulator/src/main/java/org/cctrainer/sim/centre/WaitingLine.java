package org.cctrainer.sim.centre;

/** A queue's contacts in arrival order: FIFO with O(1) removal from anywhere (abandonment). */
final class WaitingLine {
    private Contact head;
    private Contact tail;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    Contact head() {
        return head;
    }

    void append(Contact contact) {
        contact.previous = tail;
        contact.next = null;
        if (tail == null) {
            head = contact;
        } else {
            tail.next = contact;
        }
        tail = contact;
        size++;
    }

    /**
     * Inserts in order of {@code enqueuedAt}: a contact that keeps its place (a callback that
     * was re-homed, a repeat) may belong ahead of later arrivals.
     */
    void insertInOrder(Contact contact) {
        Contact after = tail;
        while (after != null && after.enqueuedAt > contact.enqueuedAt) {
            after = after.previous;
        }
        if (after == tail) {
            append(contact);
            return;
        }
        Contact before = after == null ? head : after.next;
        contact.previous = after;
        contact.next = before;
        before.previous = contact;
        if (after == null) {
            head = contact;
        } else {
            after.next = contact;
        }
        size++;
    }

    void remove(Contact contact) {
        if (contact.previous == null) {
            head = contact.next;
        } else {
            contact.previous.next = contact.next;
        }
        if (contact.next == null) {
            tail = contact.previous;
        } else {
            contact.next.previous = contact.previous;
        }
        contact.previous = null;
        contact.next = null;
        size--;
    }

    /** The longest-waiting contact still on the line (callbacks have hung up), or null. */
    Contact oldestLive() {
        Contact contact = head;
        while (contact != null && contact.callback) {
            contact = contact.next;
        }
        return contact;
    }

    int callbacks() {
        int count = 0;
        for (Contact c = head; c != null; c = c.next) {
            if (c.callback) {
                count++;
            }
        }
        return count;
    }
}
