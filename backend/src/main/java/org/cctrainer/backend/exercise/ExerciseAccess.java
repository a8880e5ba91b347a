package org.cctrainer.backend.exercise;

/**
 * How people get into an exercise: the join code a trainee types, and the observer link (its
 * token opens this exercise's read-only wallboard and nothing else). Shown to trainers only.
 */
public record ExerciseAccess(String joinCode, String observerToken) {

    public String observerLink(String exercise) {
        return "/wallboard.html?exercise=" + exercise + "&view=observer&watch=" + observerToken;
    }

    /** Join codes are compared without case, spaces or dashes: "k7m2 q9xw" is "K7M2-Q9XW". */
    public static String normalise(String code) {
        return code == null ? "" : code.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
