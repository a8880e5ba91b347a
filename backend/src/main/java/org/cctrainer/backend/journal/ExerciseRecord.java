package org.cctrainer.backend.journal;

/**
 * What an exercise ran, recorded when it was created: enough to replay it anywhere.
 *
 * @param scenarioYaml the scenario file's text as it was run (a later edit cannot change a replay)
 * @param state        running, paused, finished, stopped, or interrupted (the trainer went down
 *                     while it ran; derived on restart, never written by a live exercise)
 * @param cohort       the cohort it was launched in (null for a single exercise)
 * @param trainee      the trainee's label in the cohort (null if none)
 * @param origin       "live" or "imported"
 */
public record ExerciseRecord(String id, String scenarioId, String scenarioTitle, String scenarioYaml, long seed,
                             String softwareVersion, String createdAt, String state, String cohort, String trainee,
                             String origin) {

    public static final String RUNNING = "running";
    public static final String PAUSED = "paused";
    public static final String FINISHED = "finished";
    public static final String STOPPED = "stopped";
    public static final String INTERRUPTED = "interrupted";
    /** Every state a record can be in. */
    public static final java.util.List<String> STATES = java.util.List.of(RUNNING, PAUSED, FINISHED, STOPPED, INTERRUPTED);

    public static final String LIVE = "live";
    public static final String IMPORTED = "imported";

    public ExerciseRecord withState(String newState) {
        return new ExerciseRecord(id, scenarioId, scenarioTitle, scenarioYaml, seed, softwareVersion, createdAt,
                newState, cohort, trainee, origin);
    }

    public ExerciseRecord withId(String newId, String newOrigin) {
        return new ExerciseRecord(newId, scenarioId, scenarioTitle, scenarioYaml, seed, softwareVersion, createdAt,
                state, cohort, trainee, newOrigin);
    }
}
