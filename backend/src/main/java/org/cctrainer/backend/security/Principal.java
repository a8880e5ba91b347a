package org.cctrainer.backend.security;

/**
 * An authenticated caller: a trainer (any exercise), or a trainee or observer of one exercise.
 * {@code subject} names the credential (never the secret itself) for rate limits.
 */
public record Principal(Role role, String exercise, String subject) {

    public static final Principal TRAINER = new Principal(Role.TRAINER, null, "trainer");

    public boolean isTrainer() {
        return role == Role.TRAINER;
    }

    /** A trainer, or a trainee of exactly this exercise. */
    public boolean mayCommand(String exerciseId) {
        return role == Role.TRAINEE && exerciseId.equals(exercise);
    }

    public boolean mayWatch(String exerciseId) {
        return role == Role.TRAINER || exerciseId.equals(exercise);
    }
}
