package org.cctrainer.sim.centre;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cctrainer.sim.event.SimEvent;

/** A running SHA-256 over every event's full text: two runs with the same hash had the same history. */
final class EventHash {
    private final MessageDigest digest;
    private long count;

    private EventHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static EventHash attach(Simulation simulation) {
        EventHash hash = new EventHash();
        simulation.addListener(hash::add);
        return hash;
    }

    private void add(SimEvent event) {
        count++;
        digest.update(event.toString().getBytes(StandardCharsets.UTF_8));
    }

    long count() {
        return count;
    }

    String value() {
        try {
            return count + ":" + HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
