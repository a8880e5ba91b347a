package org.cctrainer.backend.exercise;

/**
 * Where an exercise belongs: the cohort it was launched in and the trainee's label there (both
 * null for a single exercise), and whether it is a live exercise or a replay of a recorded one.
 */
public record ExerciseLabels(String cohort, String trainee, String kind, String replayOf) {
    public static final ExerciseLabels SINGLE = new ExerciseLabels(null, null, "live", null);

    public static ExerciseLabels inCohort(String cohort, String trainee) {
        return new ExerciseLabels(cohort, trainee, "live", null);
    }

    public static ExerciseLabels replayOf(String exercise, String cohort, String trainee) {
        return new ExerciseLabels(cohort, trainee, "replay", exercise);
    }

    public boolean replay() {
        return "replay".equals(kind);
    }
}
