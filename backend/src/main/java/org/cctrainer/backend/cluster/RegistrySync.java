package org.cctrainer.backend.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cctrainer.backend.exercise.ExerciseAccess;
import org.cctrainer.backend.exercise.ExerciseInfo;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.exercise.ExerciseState;
import org.cctrainer.backend.journal.Journal;

/**
 * Keeps every node's exercise registry in step, so a client on any node sees every exercise:
 * each node publishes what changes on it (throttled to state changes and once a second per
 * exercise), and applies what the others publish. Exercises stay on the node that runs them;
 * their control and stream addresses reach them across the clustered event bus. When a node
 * leaves, the others mark its exercises interrupted, in their registries and in the shared
 * journal.
 */
public final class RegistrySync implements ExerciseRegistry.Listener, MembershipListener {
    static final String ADDRESS = "cctrainer.registry";
    private static final long INFO_EVERY_NANOS = 1_000_000_000L;

    private final Vertx vertx;
    private final ExerciseRegistry registry;
    private final Journal journal;
    private final String node;
    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final Map<String, long[]> lastSent = new ConcurrentHashMap<>();
    private final Map<String, String> lastState = new ConcurrentHashMap<>();

    public RegistrySync(Vertx vertx, ExerciseRegistry registry, Journal journal, String node) {
        this.vertx = vertx;
        this.registry = registry;
        this.journal = journal;
        this.node = node;
    }

    /** Starts listening to the other nodes, then asks them for what they run. */
    public void start() {
        vertx.eventBus().<JsonObject>consumer(ADDRESS, message -> apply(message.body()));
        registry.listen(this);
        send(new JsonObject().put("type", "hello"));
    }

    @Override
    public void infoChanged(ExerciseInfo info) {
        owners.putIfAbsent(info.id(), node);
        long now = System.nanoTime();
        long[] last = lastSent.computeIfAbsent(info.id(), id -> new long[] {Long.MIN_VALUE / 2});
        boolean changed = !info.state().equals(lastState.put(info.id(), info.state()));
        if (changed || now - last[0] >= INFO_EVERY_NANOS) {
            last[0] = now;
            send(new JsonObject().put("type", "info").put("info", info.toJson()));
        }
    }

    @Override
    public void accessGranted(String id, ExerciseAccess access) {
        owners.put(id, node);
        send(new JsonObject().put("type", "access").put("id", id).put("joinCode", access.joinCode())
                .put("observerToken", access.observerToken()));
    }

    @Override
    public void finalReportKept(String id, String kind, Buffer report) {
        send(new JsonObject().put("type", "report").put("id", id).put("kind", kind).put("report", report.toString()));
    }

    private void send(JsonObject message) {
        vertx.eventBus().publish(ADDRESS, message.put("node", node));
    }

    private void apply(JsonObject message) {
        String from = message.getString("node");
        if (node.equals(from)) {
            return;
        }
        switch (message.getString("type", "")) {
            case "hello" -> republishMine();
            case "info" -> {
                ExerciseInfo info = ExerciseInfo.fromJson(message.getJsonObject("info"));
                owners.put(info.id(), from);
                registry.putFromCluster(info);
            }
            case "access" -> {
                owners.put(message.getString("id"), from);
                registry.putAccessFromCluster(message.getString("id"),
                        new ExerciseAccess(message.getString("joinCode"), message.getString("observerToken")));
            }
            case "report" -> registry.keepFinalReportFromCluster(message.getString("id"), message.getString("kind"),
                    Buffer.buffer(message.getString("report")));
            default -> {
            }
        }
    }

    /** A node joined: tell it about everything this node runs. */
    private void republishMine() {
        for (ExerciseInfo info : registry.list()) {
            if (node.equals(owners.get(info.id()))) {
                registry.access(info.id()).ifPresent(access -> accessGranted(info.id(), access));
                send(new JsonObject().put("type", "info").put("info", info.toJson()));
            }
        }
    }

    @Override
    public void memberAdded(MembershipEvent event) {
    }

    /** A node left (or died): what it ran is interrupted; its journal stays, replayable from any node. */
    @Override
    public void memberRemoved(MembershipEvent event) {
        String gone = ClusterNode.nodeIdOf(event.getMember());
        owners.forEach((id, owner) -> {
            if (owner.equals(gone)) {
                registry.get(id).filter(info -> info.stateValue().live()).ifPresent(info -> {
                    registry.putFromCluster(info.inState(ExerciseState.INTERRUPTED));
                    journal.stateChanged(id, "interrupted");
                });
            }
        });
    }
}
