package org.cctrainer.backend.exercise;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exercises this node runs: ids, and the latest {@link ExerciseInfo} each actor reported.
 * Shared by the HTTP gateways (one per event loop) and the actors; every operation is a
 * non-blocking map access.
 */
public final class ExerciseRegistry {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final Map<String, ExerciseInfo> exercises = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ExerciseAccess> access = new ConcurrentHashMap<>();
    private final Map<String, String> byJoinCode = new ConcurrentHashMap<>();
    /** A stopped exercise's last score and debrief (encoded JSON), kept as long as it stays listed. */
    private final Map<String, Map<String, io.vertx.core.buffer.Buffer>> finalReports = new ConcurrentHashMap<>();

    /** A fresh id: short, unambiguous to read aloud (no 0/o, 1/l/i), unlikely to be guessed. */
    public String newId() {
        while (true) {
            StringBuilder id = new StringBuilder(10);
            for (int i = 0; i < 10; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!exercises.containsKey(id.toString())) {
                return id.toString();
            }
        }
    }

    /** Stopped exercises stay listed for a while, the most recent ones only. */
    static final int STOPPED_KEPT = 50;

    /** Told of every change made on this node (the cluster copies them to the other nodes). */
    public interface Listener {
        void infoChanged(ExerciseInfo info);

        void accessGranted(String id, ExerciseAccess access);

        void finalReportKept(String id, String kind, io.vertx.core.buffer.Buffer report);
    }

    private volatile Listener listener;

    public void listen(Listener newListener) {
        this.listener = newListener;
    }

    public void put(ExerciseInfo info) {
        store(info);
        Listener told = listener;
        if (told != null) {
            told.infoChanged(info);
        }
    }

    /** A change another node made: stored here, not passed on. */
    public void putFromCluster(ExerciseInfo info) {
        store(info);
    }

    public void putAccessFromCluster(String id, ExerciseAccess granted) {
        access.put(id, granted);
        byJoinCode.put(ExerciseAccess.normalise(granted.joinCode()), id);
    }

    public void keepFinalReportFromCluster(String id, String kind, io.vertx.core.buffer.Buffer report) {
        finalReports.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put(kind, report);
    }

    private void store(ExerciseInfo info) {
        exercises.put(info.id(), info);
        if (info.stateValue() == ExerciseState.STOPPED) {
            List<ExerciseInfo> stopped = exercises.values().stream()
                    .filter(e -> e.stateValue() == ExerciseState.STOPPED)
                    .sorted(Comparator.comparing(ExerciseInfo::createdAt)).toList();
            for (int i = 0; i < stopped.size() - STOPPED_KEPT; i++) {
                forget(stopped.get(i).id());
            }
        }
    }

    /** Keeps what a stopped exercise's actor can no longer answer: its "score" and "debrief". */
    public void keepFinalReport(String id, String kind, io.vertx.core.buffer.Buffer report) {
        keepFinalReportFromCluster(id, kind, report);
        Listener told = listener;
        if (told != null) {
            told.finalReportKept(id, kind, report);
        }
    }

    public Optional<io.vertx.core.buffer.Buffer> finalReport(String id, String kind) {
        return Optional.ofNullable(finalReports.getOrDefault(id, Map.of()).get(kind));
    }

    private final Map<String, Map<String, Object>> replayExtras = new ConcurrentHashMap<>();

    /** What a replay's resource shows beyond its info: the day's length and the timeline's markers. */
    public void putReplayExtras(String id, Map<String, Object> extras) {
        replayExtras.put(id, Map.copyOf(extras));
    }

    public Map<String, Object> replayExtras(String id) {
        return replayExtras.getOrDefault(id, Map.of());
    }

    public void putAccess(String id, ExerciseAccess granted) {
        putAccessFromCluster(id, granted);
        Listener told = listener;
        if (told != null) {
            told.accessGranted(id, granted);
        }
    }

    public Optional<ExerciseAccess> access(String id) {
        return Optional.ofNullable(access.get(id));
    }

    /** The live exercise a join code opens. */
    public Optional<ExerciseInfo> byJoinCode(String code) {
        return Optional.ofNullable(byJoinCode.get(ExerciseAccess.normalise(code))).flatMap(this::get)
                .filter(info -> info.stateValue().live());
    }

    public Optional<ExerciseInfo> get(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public void remove(String id) {
        forget(id);
    }

    private void forget(String id) {
        exercises.remove(id);
        finalReports.remove(id);
        replayExtras.remove(id);
        ExerciseAccess gone = access.remove(id);
        if (gone != null) {
            byJoinCode.remove(ExerciseAccess.normalise(gone.joinCode()));
        }
    }

    /** Newest first. */
    public List<ExerciseInfo> list() {
        List<ExerciseInfo> all = new ArrayList<>(exercises.values());
        all.sort(Comparator.comparing(ExerciseInfo::createdAt).reversed().thenComparing(ExerciseInfo::id));
        return all;
    }

    public long running() {
        return exercises.values().stream().filter(e -> e.stateValue() == ExerciseState.RUNNING).count();
    }

    public int size() {
        return exercises.size();
    }

    /** Running, paused or finished: the exercises holding a simulation in memory. */
    public long live() {
        return exercises.values().stream().filter(e -> e.stateValue().live()).count();
    }
}
