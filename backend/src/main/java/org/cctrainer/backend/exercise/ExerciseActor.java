package org.cctrainer.backend.exercise;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.Addresses;
import org.cctrainer.backend.alerts.AlertChange;
import org.cctrainer.backend.console.CommandParser;
import org.cctrainer.backend.core.ExerciseCore;
import org.cctrainer.backend.journal.ExerciseRecord;
import org.cctrainer.backend.journal.Journal;
import org.cctrainer.backend.scoring.MarkingScheme;
import org.cctrainer.backend.scoring.TimelineEntry;
import org.cctrainer.backend.metrics.ExerciseMeters;
import org.cctrainer.backend.metrics.ServerMetrics;
import org.cctrainer.backend.wire.StreamMessages;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.event.SimEvent;
import org.cctrainer.sim.kpi.KpiSnapshot;
import org.cctrainer.sim.model.Durations;
import org.cctrainer.sim.model.Scenario;

/**
 * One exercise: the only owner of its core (simulation, alerts, timeline, score) and trend history. It paces
 * the simulated day on a timer, publishes a tick a few times a second (encoded once, for
 * every viewer), and answers control requests on its address. Nothing else touches its
 * state; everything reaches it as a message, on its own event loop.
 */
public final class ExerciseActor extends VerticleBase {
    /** How often virtual time is advanced: small steps keep each one short on the event loop. */
    static final long STEP_MILLIS = 50;
    static final long TICK_NANOS = 250_000_000L;
    /** A paused or finished day changes nothing, so its viewers get a heartbeat tick once a second. */
    static final long IDLE_TICK_NANOS = 1_000_000_000L;

    private final String id;
    private final Scenario scenario;
    private final long seed;
    private final double initialSpeed;
    private final String createdAt;
    private final ExerciseRegistry registry;
    private final ServerMetrics serverMetrics;

    private final MarkingScheme scheme;
    private final ExerciseLabels labels;
    private ExerciseCore core;
    private StreamPublisher publisher;
    private TraineeDesk desk;
    private TrainerDesk trainerDesk;
    private Pacer pacer;
    private long httpCommands;
    private TrendHistory history = new TrendHistory();
    private ExerciseMeters meters;
    private ExerciseState state = ExerciseState.RUNNING;
    private ExerciseInfo info;
    private KpiSnapshot latest;
    private long timer = -1;
    private long nextTickNanos;
    /** When the step timer started: steps fire on a 50 ms grid from here, and ticks stay on that grid. */
    private long stepOrigin;
    private MessageConsumer<JsonObject> control;
    private Journal journal;
    private String scenarioYaml;
    private JournalRecorder recorder;
    private ReplayScript replay;
    private CommandParser replayParser;
    private boolean seeking;

    public ExerciseActor(String id, Scenario scenario, MarkingScheme scheme, long seed, double speed, String createdAt,
                         ExerciseRegistry registry, ServerMetrics serverMetrics) {
        this(id, scenario, scheme, seed, speed, createdAt, ExerciseLabels.SINGLE, registry, serverMetrics);
    }

    public ExerciseActor(String id, Scenario scenario, MarkingScheme scheme, long seed, double speed, String createdAt,
                         ExerciseLabels labels, ExerciseRegistry registry, ServerMetrics serverMetrics) {
        this.labels = labels;
        this.id = id;
        this.scheme = scheme;
        this.scenario = scenario;
        this.seed = seed;
        this.initialSpeed = Pacer.checkSpeed(speed);
        this.createdAt = createdAt;
        this.registry = registry;
        this.serverMetrics = serverMetrics;
    }

    /** Records this (live) exercise in the journal, with the scenario's text as it is run. Call before deploying. */
    public ExerciseActor journal(Journal target, String yaml) {
        this.journal = target;
        this.scenarioYaml = yaml;
        return this;
    }

    /** Makes this a replay of a recorded exercise: paused at the start, fed by its inputs. Call before deploying. */
    public ExerciseActor replay(ReplayScript script) {
        this.replay = script;
        this.state = ExerciseState.PAUSED;
        return this;
    }

    @Override
    public Future<?> start() {
        publisher = new StreamPublisher(vertx, id, scenario.startMinuteOfDay(), () -> core.now());
        wire(new ExerciseCore(scenario, seed, scheme));
        if (replay != null) {
            replayParser = new CommandParser(scenario.startMinuteOfDay());
            desk.replayOnly();
        } else if (journal != null) {
            recorder = new JournalRecorder(journal, id);
            recorder.created(new ExerciseRecord(id, scenario.id(), scenario.title(), scenarioYaml, seed,
                    SoftwareVersion.get(), createdAt, state.wireName(), labels.cohort(), labels.trainee(), "live"));
            publisher.tap(recorder::published);
            desk.record((command, reply) -> recorder.command(core.now(), command, reply));
            trainerDesk.record(recorder);
        }
        long now = System.nanoTime();
        pacer = new Pacer(initialSpeed, scenario.durationSeconds(), now);
        if (replay != null) {
            pacer.pause(now);
        }
        latest = core.simulation().snapshot();
        history.offer(latest);
        meters = new ExerciseMeters(serverMetrics.registry(), id, latest);
        info = new ExerciseInfo(id, scenario.id(), scenario.title(), seed, initialSpeed, state, 0, latest.clock(),
                scenario.durationSeconds(), createdAt, 0, labels.cohort(), labels.trainee(), labels.kind(), labels.replayOf());
        registry.put(info);
        control = vertx.eventBus().consumer(Addresses.control(id), this::onControl);
        stepOrigin = now;
        nextTickNanos = now + TICK_NANOS;
        timer = vertx.setPeriodic(STEP_MILLIS, this::onStep);
        return control.completion();
    }

    /** Puts a core in charge, with the desks and the listener that publish what it does. */
    private void wire(ExerciseCore newCore) {
        core = newCore;
        desk = new TraineeDesk(id, core, publisher, () -> state, () -> info);
        trainerDesk = new TrainerDesk(core, publisher);
        if (recorder != null) {
            desk.record((command, reply) -> recorder.command(core.now(), command, reply));
            trainerDesk.record(recorder);
        }
        if (replay != null) {
            desk.replayOnly();
        }
        core.setListener(new ExerciseCore.Listener() {
            @Override
            public void alertChanged(AlertChange change) {
                publisher.alert(change);
            }

            @Override
            public void centreEvent(SimEvent event) {
                StreamMessages.EventMessage line = EventLines.of(event);
                if (line != null) {
                    publisher.event(line.kind(), line.summary(), line.detail());
                }
            }

            @Override
            public void sampled(TimelineEntry.KpiSample sample) {
                if (recorder != null) {
                    recorder.sample(sample);
                }
                desk.publishScoreIfChanged();
            }
        });
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timer);
        meters.remove();
        return control.unregister();
    }

    // ---- pacing ---------------------------------------------------------------------------

    private void onStep(long timerId) {
        long now = System.nanoTime();
        if (state == ExerciseState.RUNNING && !seeking) {
            advance(pacer.advance(now));
            if (pacer.finished()) {
                state = ExerciseState.FINISHED;
                recordState();
                publisher.event("exercise-finished", "The simulated day is over", Map.of());
                desk.publishScoreIfChanged();
                nextTickNanos = now; // inside a step already: tick in this one
            }
        }
        if (now >= nextTickNanos) {
            long lateBy = now - nextTickNanos;
            publishTick();
            serverMetrics.tickLag(lateBy + (System.nanoTime() - now));
            long interval = state == ExerciseState.RUNNING ? TICK_NANOS : IDLE_TICK_NANOS;
            nextTickNanos += interval;
            if (nextTickNanos < now) {
                // Fell behind (a long GC, an overloaded node): do not try to catch up with a burst.
                nextTickNanos = onStepGrid(now + interval);
            }
        }
    }

    /** Live, the core runs to {@code t}; in a replay, the recorded inputs due on the way are given again. */
    private void advance(double t) {
        if (replay != null) {
            replay.advance(core, replayParser, t);
        } else {
            core.advanceTo(t);
        }
    }

    private void recordState() {
        if (recorder != null) {
            recorder.state(core.now(), state.wireName(), pacer.speed());
        }
    }

    /**
     * The first step time at or after {@code nanos}. A tick brought forward (a state or speed
     * change) is due at the next step, so the lag metric measures how late the step fired, not
     * where between two steps the change happened to arrive.
     */
    private long onStepGrid(long nanos) {
        long step = STEP_MILLIS * 1_000_000L;
        long steps = Math.max(0, Math.floorDiv(nanos - stepOrigin + step - 1, step));
        return stepOrigin + steps * step;
    }

    private void publishTick() {
        latest = core.simulation().snapshot();
        TrendHistory.Point point = history.offer(latest);
        int[] open = openAlertCounts();
        meters.update(latest, open[0], open[1]);
        info = info.with(state, pacer.speed(), latest.t(), latest.clock(), open[0] + open[1]);
        registry.put(info);
        long tickSeq = publisher.nextSeq();
        publisher.publish("tick", tickSeq, new StreamMessages.Tick("tick", id, tickSeq, latest.t(), epochMicros(),
                latest.clock(), state.wireName(), pacer.speed(), StreamMessages.TickKpis.of(latest, core.incidents()), point), null);
    }

    private int[] openAlertCounts() {
        int[] counts = new int[2];
        core.alerts().open().forEach(alert -> counts[alert.severity().ordinal()]++);
        return counts;
    }

    // ---- control --------------------------------------------------------------------------

    private void onControl(Message<JsonObject> message) {
        JsonObject request = message.body();
        String action = request.getString("action", "");
        long now = System.nanoTime();
        switch (action) {
            case "snapshot" -> replySnapshot(message);
            case "pause" -> {
                if (refuseUnless(message, ExerciseState.RUNNING, "pause")) {
                    return;
                }
                pacer.pause(now);
                advance(pacer.virtualTime());
                changeState(ExerciseState.PAUSED, "exercise-paused", "Paused");
                message.reply(Wire.encode(info));
            }
            case "resume" -> {
                if (refuseUnless(message, ExerciseState.PAUSED, "resume")) {
                    return;
                }
                pacer.resume(now);
                changeState(ExerciseState.RUNNING, "exercise-resumed", "Resumed");
                message.reply(Wire.encode(info));
            }
            case "speed" -> changeSpeed(message, request.getDouble("speed", Double.NaN), now);
            case "stop" -> stopExercise(message);
            case "acknowledge" -> desk.command(message, new JsonObject().put("id", "http-" + (++httpCommands))
                    .put("action", "acknowledge-alert").put("alert", request.getString("alert", "")));
            case "command" -> desk.command(message, request.getJsonObject("command", new JsonObject()));
            case "agents" -> desk.agents(message);
            case "score" -> desk.score(message);
            case "debrief" -> message.reply(Wire.encode(desk.debrief()));
            case "seek" -> seek(message, request.getDouble("t", Double.NaN));
            case "next" -> nextIntervention(message);
            case "inject" -> {
                if (replay != null) {
                    message.fail(409, "this is a replay: it shows what happened and takes no injections");
                } else if (!refuseUnlessLive(message, "inject an incident into")) {
                    trainerDesk.inject(message, request.getJsonObject("incident", new JsonObject()));
                }
            }
            case "note" -> {
                if (replay != null) {
                    message.fail(409, "this is a replay: write notes on the exercise itself");
                } else {
                    trainerDesk.note(message, request.getString("text"));
                }
            }
            default -> message.fail(400, "unknown action '" + action + "'");
        }
    }

    private boolean refuseUnlessLive(Message<JsonObject> message, String action) {
        if (state == ExerciseState.RUNNING || state == ExerciseState.PAUSED) {
            return false;
        }
        message.fail(409, "cannot " + action + " an exercise that is " + state.wireName());
        return true;
    }

    private boolean refuseUnless(Message<JsonObject> message, ExerciseState required, String action) {
        if (state == required) {
            return false;
        }
        message.fail(409, "cannot " + action + " an exercise that is " + state.wireName());
        return true;
    }

    private void changeState(ExerciseState newState, String kind, String summary) {
        state = newState;
        info = info.with(state, pacer.speed(), core.now(), info.clock(), info.openAlerts());
        registry.put(info);
        if (newState == ExerciseState.STOPPED) {
            publisher.finalMessages();
        }
        recordState();
        publisher.event(kind, summary, Map.of("state", state.wireName()));
        nextTickNanos = onStepGrid(System.nanoTime());
    }

    private void changeSpeed(Message<JsonObject> message, double speed, long now) {
        if (state != ExerciseState.RUNNING && state != ExerciseState.PAUSED) {
            message.fail(409, "cannot change the speed of an exercise that is " + state.wireName());
            return;
        }
        if (!(speed >= Pacer.MIN_SPEED && speed <= Pacer.MAX_SPEED)) {
            message.fail(400, "speed must be between 0.5 and 60, got " + speed);
            return;
        }
        if (state == ExerciseState.RUNNING) {
            advance(pacer.advance(now));
        }
        pacer.setSpeed(speed, now);
        info = info.with(state, speed, core.now(), info.clock(), info.openAlerts());
        registry.put(info);
        recordState();
        publisher.event("speed-changed", "Speed " + formatSpeed(speed), Map.of("speed", speed));
        nextTickNanos = onStepGrid(now);
        message.reply(Wire.encode(info));
    }

    private void stopExercise(Message<JsonObject> message) {
        if (state == ExerciseState.STOPPED) {
            message.fail(409, "the exercise is already stopped");
            return;
        }
        // The final score and debrief are kept before anyone hears of the stop, so a client that
        // asks for them the moment it sees "exercise-stopped" finds them.
        state = ExerciseState.STOPPED;
        info = info.with(state, pacer.speed(), core.now(), info.clock(), info.openAlerts());
        if (core.scored()) {
            registry.keepFinalReport(id, "score", Wire.encode(core.score(true)));
        }
        registry.keepFinalReport(id, "debrief", Wire.encode(desk.debrief()));
        changeState(ExerciseState.STOPPED, "exercise-stopped", "Stopped by the trainer");
        // Its series leave /metrics now, not after the undeploy: a scrape right after the reply
        // must not show a stopped exercise as live.
        meters.remove();
        message.reply(Wire.encode(info));
        vertx.undeploy(deploymentID());
    }

    // ---- replay: seeking -----------------------------------------------------------------------

    private void seek(Message<JsonObject> message, double t) {
        if (replay == null) {
            message.fail(409, "only a replay can seek; a live exercise runs forward");
            return;
        }
        if (!(t >= 0 && t <= scenario.durationSeconds())) {
            message.fail(400, "t: must be between 0 and " + (long) scenario.durationSeconds() + " seconds");
            return;
        }
        if (seeking) {
            message.fail(409, "a seek is already under way");
            return;
        }
        seekTo(t).onComplete(done -> message.reply(Wire.encode(info)));
    }

    /** Jumps to the next recorded input after now (a command, injection or note), as it happens. */
    private void nextIntervention(Message<JsonObject> message) {
        if (replay == null) {
            message.fail(409, "only a replay can step to the next intervention");
            return;
        }
        double next = replay.nextInputAt();
        if (Double.isNaN(next)) {
            message.fail(409, "there is no intervention after " + Durations.clock(core.now(), scenario.startMinuteOfDay()));
            return;
        }
        seekTo(next).onComplete(done -> message.reply(Wire.encode(info)));
    }

    /**
     * Forward, the replay simply runs on. Back, a fresh core replays the day from the start on a
     * worker (a whole day takes a fraction of a second) and is swapped in on this event loop;
     * every viewer then gets a fresh snapshot on the stream.
     */
    private Future<Void> seekTo(double t) {
        seeking = true;
        long started = System.nanoTime();
        Future<SeekResult> built;
        if (t >= core.now()) {
            advance(t);
            built = Future.succeededFuture(null);
        } else {
            ReplayScript script = replay.fresh();
            CommandParser parser = new CommandParser(scenario.startMinuteOfDay());
            built = vertx.executeBlocking(() -> {
                ExerciseCore fresh = new ExerciseCore(scenario, seed, scheme);
                TrendHistory trend = new TrendHistory();
                fresh.setListener(new ExerciseCore.Listener() {
                    @Override
                    public void alertChanged(AlertChange change) {
                    }

                    @Override
                    public void centreEvent(SimEvent event) {
                    }

                    @Override
                    public void sampled(TimelineEntry.KpiSample sample) {
                        trend.offer(fresh.simulation().snapshot());
                    }
                });
                script.advance(fresh, parser, t);
                return new SeekResult(fresh, script, trend);
            });
        }
        return built.map(result -> {
            if (result != null) {
                replay = result.script();
                history = result.trend();
                wire(result.core());
            }
            pacer.seek(core.now(), System.nanoTime());
            seeking = false;
            serverMetrics.replaySeek(System.nanoTime() - started);
            info = info.with(state, pacer.speed(), core.now(), Durations.clock(core.now(), scenario.startMinuteOfDay()),
                    info.openAlerts());
            registry.put(info);
            publishSnapshot();
            return (Void) null;
        }).onFailure(e -> seeking = false);
    }

    private record SeekResult(ExerciseCore core, ReplayScript script, TrendHistory trend) {
    }

    /** A fresh snapshot for every viewer (after a seek): it replaces everything they had. */
    private void publishSnapshot() {
        long seq = publisher.nextSeq();
        publisher.publish("snapshot", seq, snapshotMessage(seq), null);
    }

    private void replySnapshot(Message<JsonObject> message) {
        long seq = publisher.seq();
        StreamMessages.Snapshot snapshot = snapshotMessage(seq);
        message.reply(Wire.encode(snapshot), new DeliveryOptions().addHeader(Addresses.HEADER_SEQ, Long.toString(seq))
                .addHeader(Addresses.HEADER_T, Double.toString(snapshot.t())));
    }

    private StreamMessages.Snapshot snapshotMessage(long seq) {
        KpiSnapshot now = core.simulation().snapshot();
        return new StreamMessages.Snapshot("snapshot", id, seq, now.t(), now.clock(),
                state.wireName(), pacer.speed(), info, new StreamMessages.ScenarioSummary(scenario.id(),
                scenario.title(), scenario.summary(), Durations.clock(0, scenario.startMinuteOfDay()),
                scenario.durationSeconds()), now, List.copyOf(core.alerts().all()), publisher.recentEvents(),
                history.points());
    }

    static long epochMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    static String formatSpeed(double speed) {
        return (speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed)) + "×";
    }
}
