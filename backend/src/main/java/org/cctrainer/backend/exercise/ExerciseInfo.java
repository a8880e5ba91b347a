package org.cctrainer.backend.exercise;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the start page and the API show about an exercise; the actor replaces it whenever
 * something here changes, so readers on other threads always see a consistent value.
 */
public record ExerciseInfo(String id, String scenario, String title, long seed, double speed,
                           @JsonIgnore ExerciseState stateValue, double t, String clock, double dayEndSeconds,
                           String createdAt, int openAlerts, String cohort, String trainee, String kind,
                           String replayOf) {

    @JsonProperty("state")
    public String state() {
        return stateValue.wireName();
    }

    @JsonProperty("links")
    public Links links() {
        return new Links("/wallboard.html?exercise=" + id, "/wallboard.html?exercise=" + id + "&view=observer",
                "/console.html?exercise=" + id, "/debrief.html?exercise=" + id, "/ws/exercises/" + id,
                "/api/exercises/" + id);
    }

    /** Where to look at an exercise: its wallboard, the read-only observer view, the trainee console, the debrief, its stream, its resource. */
    public record Links(String wallboard, String observer, String console, String debrief, String websocket, String self) {
    }

    /** The same exercise in another state (a node that saw its owner leave marks it interrupted). */
    public ExerciseInfo inState(ExerciseState newState) {
        return with(newState, speed, t, clock, openAlerts);
    }

    /** For the cluster: every field, as the wire has them (state by its wire name). */
    public io.vertx.core.json.JsonObject toJson() {
        return new io.vertx.core.json.JsonObject().put("id", id).put("scenario", scenario).put("title", title)
                .put("seed", seed).put("speed", speed).put("state", state()).put("t", t).put("clock", clock)
                .put("dayEndSeconds", dayEndSeconds).put("createdAt", createdAt).put("openAlerts", openAlerts)
                .put("cohort", cohort).put("trainee", trainee).put("kind", kind).put("replayOf", replayOf);
    }

    public static ExerciseInfo fromJson(io.vertx.core.json.JsonObject j) {
        return new ExerciseInfo(j.getString("id"), j.getString("scenario"), j.getString("title"), j.getLong("seed"),
                j.getDouble("speed"), ExerciseState.valueOf(j.getString("state").toUpperCase(java.util.Locale.ROOT)),
                j.getDouble("t"), j.getString("clock"), j.getDouble("dayEndSeconds"), j.getString("createdAt"),
                j.getInteger("openAlerts"), j.getString("cohort"), j.getString("trainee"), j.getString("kind"),
                j.getString("replayOf"));
    }

    ExerciseInfo with(ExerciseState newState, double newSpeed, double newT, String newClock, int alerts) {
        return new ExerciseInfo(id, scenario, title, seed, newSpeed, newState, newT, newClock, dayEndSeconds, createdAt,
                alerts, cohort, trainee, kind, replayOf);
    }
}
