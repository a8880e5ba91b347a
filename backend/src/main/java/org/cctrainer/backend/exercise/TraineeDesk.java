package org.cctrainer.backend.exercise;

import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cctrainer.backend.alerts.AlertChange;
import org.cctrainer.backend.console.CommandOutcome;
import org.cctrainer.backend.console.CommandParser;
import org.cctrainer.backend.console.CommandRefusal;
import org.cctrainer.backend.console.TraineeCommand;
import org.cctrainer.backend.core.ExerciseCore;
import org.cctrainer.backend.scoring.Debrief;
import org.cctrainer.backend.scoring.ScoreReport;
import org.cctrainer.backend.wire.StreamMessages;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.model.Scenario;

/**
 * The exercise's answers to its trainee and trainer: commands (ack or error to the sender,
 * a "command" event to everyone), the agent table, the score (published when it changes) and
 * the debrief. Runs on the exercise's event loop, called by its actor.
 */
final class TraineeDesk {
    private final String exercise;
    private final Scenario scenario;
    private final ExerciseCore core;
    private final StreamPublisher publisher;
    private final Supplier<ExerciseState> state;
    private final Supplier<ExerciseInfo> info;
    private final CommandParser parser;
    private String lastScoreKey = "";
    private java.util.function.BiConsumer<JsonObject, io.vertx.core.buffer.Buffer> recorder = (command, reply) -> { };
    private boolean replay;

    /** Every command and its reply go here (the journal), in the order they were answered. */
    void record(java.util.function.BiConsumer<JsonObject, io.vertx.core.buffer.Buffer> newRecorder) {
        this.recorder = newRecorder;
    }

    /** A replay only shows what was done: it takes no new commands. */
    void replayOnly() {
        this.replay = true;
    }

    TraineeDesk(String exercise, ExerciseCore core, StreamPublisher publisher, Supplier<ExerciseState> state,
                Supplier<ExerciseInfo> info) {
        this.exercise = exercise;
        this.scenario = core.scenario();
        this.core = core;
        this.publisher = publisher;
        this.state = state;
        this.info = info;
        this.parser = new CommandParser(scenario.startMinuteOfDay());
    }

    boolean finished() {
        return state.get() == ExerciseState.FINISHED || state.get() == ExerciseState.STOPPED;
    }

    /** Carries out one command and replies to its sender alone. */
    void command(Message<JsonObject> message, JsonObject body) {
        if (replay) {
            message.reply(Wire.encode(StreamMessages.CommandReply.error(exercise, publisher.seq(), core.now(),
                    body.getValue("id"), "wrong-state", "this is a replay: it shows what was done and takes no commands")));
            return;
        }
        io.vertx.core.buffer.Buffer reply = Wire.encode(commandReply(body));
        recorder.accept(body, reply);
        message.reply(reply);
    }

    private StreamMessages.CommandReply commandReply(JsonObject body) {
        ExerciseState now = state.get();
        if (now != ExerciseState.RUNNING && now != ExerciseState.PAUSED) {
            return StreamMessages.CommandReply.error(exercise, publisher.seq(), core.now(), body.getValue("id"),
                    "wrong-state", "the exercise is " + now.wireName() + "; it takes no more commands");
        }
        TraineeCommand command;
        try {
            command = parser.parse(Wire.MAPPER.readTree(body.encode()));
        } catch (CommandRefusal refusal) {
            return StreamMessages.CommandReply.error(exercise, publisher.seq(), core.now(), body.getValue("id"),
                    refusal.code(), refusal.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return StreamMessages.CommandReply.error(exercise, publisher.seq(), core.now(), body.getValue("id"),
                    "bad-command", "the command could not be read");
        }
        CommandOutcome outcome = core.command(command);
        for (AlertChange change : outcome.alertChanges()) {
            publisher.alert(change);
        }
        if (!outcome.accepted()) {
            return StreamMessages.CommandReply.error(exercise, publisher.seq(), core.now(), command.id(), outcome.code(),
                    outcome.message());
        }
        announce(command, outcome);
        publishScoreIfChanged();
        return StreamMessages.CommandReply.ack(exercise, publisher.seq(), core.now(), command, outcome);
    }

    /** Everyone watching sees an accepted command; a broadcast is its own kind, for the team wallboard. */
    private void announce(TraineeCommand command, CommandOutcome outcome) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", command.id());
        detail.put("action", command.action());
        detail.put("params", command.params());
        detail.put("rationale", command.rationale());
        detail.put("message", outcome.message());
        if (command.action().equals("broadcast")) {
            publisher.event("broadcast", String.valueOf(command.params().get("message")), detail);
        } else {
            publisher.event("command", outcome.message(), detail);
        }
    }

    /** Publishes the score when it changed: to trainers, and to everyone once the day is over or if the scheme says so. */
    void publishScoreIfChanged() {
        if (!core.scored()) {
            return;
        }
        ScoreReport report = core.score(finished());
        String key = report.awarded() + "/" + report.penalty() + "/" + report.max() + "/" + report.outcome().score()
                + "/" + report.finished() + "/" + report.points().stream().map(ScoreReport.PointResult::status).toList();
        if (!key.equals(lastScoreKey)) {
            lastScoreKey = key;
            publisher.score(report, report.finished() || core.scheme().liveForTrainee());
        }
    }

    void agents(Message<JsonObject> message) {
        Map<String, Object> agents = new LinkedHashMap<>();
        agents.put("type", "agents");
        agents.put("exercise", exercise);
        agents.put("seq", publisher.seq());
        agents.put("t", core.now());
        agents.put("agents", core.simulation().snapshot().agents());
        message.reply(Wire.encode(agents));
    }

    void score(Message<JsonObject> message) {
        if (!core.scored()) {
            message.fail(404, "this exercise's scenario has no marking scheme (free practice is not scored)");
            return;
        }
        message.reply(Wire.encode(core.score(finished())));
    }

    Map<String, Object> debrief() {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("info", info.get());
        about.put("scenario", new StreamMessages.ScenarioSummary(scenario.id(), scenario.title(), scenario.summary(),
                Durations.clock(0, scenario.startMinuteOfDay()), scenario.durationSeconds()));
        about.put("scored", core.scored());
        return Debrief.of(about, core.timeline(), core.score(finished()), core.now(),
                t -> Durations.clock(t, scenario.startMinuteOfDay()));
    }
}
