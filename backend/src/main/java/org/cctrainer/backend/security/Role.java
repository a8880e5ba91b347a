package org.cctrainer.backend.security;

import java.util.Locale;

/** Who is asking: a trainer (holds the trainer key), a trainee (joined one exercise), an observer (read-only link). */
public enum Role {
    TRAINER, TRAINEE, OBSERVER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String text) {
        for (Role role : values()) {
            if (role.wireName().equals(text)) {
                return role;
            }
        }
        return null;
    }
}
