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
