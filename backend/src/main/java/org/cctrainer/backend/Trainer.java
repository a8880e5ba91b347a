package org.cctrainer.backend;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.nio.file.Files;
import org.cctrainer.backend.cluster.ClusterNode;
import org.cctrainer.backend.cluster.RegistrySync;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.exercise.ScenarioCatalog;
import org.cctrainer.backend.http.GatewayVerticle;
import org.cctrainer.backend.journal.JdbcJournal;
import org.cctrainer.backend.journal.Journal;
import org.cctrainer.backend.metrics.ServerMetrics;
import org.cctrainer.backend.security.Security;
import org.cctrainer.backend.security.TrainerKeys;

/**
 * Wires the trainer together: a Vert.x instance with Micrometer metrics, the scenario catalog,
 * the exercise registry, and one HTTP gateway per event loop sharing the port.
 */
public final class Trainer {
    private final TrainerConfig config;
    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ExerciseRegistry registry = new ExerciseRegistry();
    private Vertx vertx;
    private int port;
    private Security security;
    private ClusterNode cluster;
    private Journal journal;

    public Trainer(TrainerConfig config) {
        this.config = config;
    }

    /** Starts everything; completes with the port the trainer listens on. */
    public Future<Integer> start() {
        new JvmMemoryMetrics().bindTo(prometheus);
        new JvmGcMetrics().bindTo(prometheus);
        new JvmThreadMetrics().bindTo(prometheus);
        new ClassLoaderMetrics().bindTo(prometheus);
        new ProcessorMetrics().bindTo(prometheus);
        new UptimeMetrics().bindTo(prometheus);
        VertxOptions options = new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true));
        ServerMetrics metrics = new ServerMetrics(prometheus, registry);
        int gateways = Math.max(1, VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE / 2);
        Future<Vertx> started;
        if (config.clustered()) {
            // Joining blocks on the network; nothing else is running yet, so this thread may wait.
            cluster = ClusterNode.join(config.cluster());
            options.getEventBusOptions().setHost(config.cluster().host()).setClusterPublicHost(config.cluster().host());
            started = Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory(prometheus))
                    .withClusterManager(cluster.manager()).buildClustered();
        } else {
            started = Future.succeededFuture(Vertx.builder().with(options)
                    .withMetrics(new MicrometerMetricsFactory(prometheus)).build());
        }
        return started.compose(built -> {
            vertx = built;
            return startOn(metrics, gateways);
        });
    }

    private Future<Integer> startOn(ServerMetrics metrics, int gateways) {
        return vertx.executeBlocking(() -> {
            Files.createDirectories(config.dataDir());
            TrainerKeys.Loaded key = TrainerKeys.load(config.trainerKey(), config.dataDir());
            if (key.generated()) {
                // Printed once, when made; afterwards it is only in the data directory.
                System.out.println("Trainer key (shown once; kept in " + config.dataDir().resolve(TrainerKeys.FILE)
                        + "): " + key.key());
            }
            Journal opened;
            if (config.clustered()) {
                JdbcJournal shared = JdbcJournal.openShared(config.journalUrlOrDefault(), config.journalFlushMillis());
                if (cluster.members() == 1) {
                    // The first node up: nobody else can be running what the journal says is running.
                    shared.markRunningInterrupted();
                }
                opened = shared;
            } else {
                opened = JdbcJournal.open(config.journalUrlOrDefault(), config.journalFlushMillis());
            }
            return new Setup(ScenarioCatalog.loadBuiltIn(), config.port() == 0 ? freePort() : config.port(),
                    new Security(key.key()), opened);
        }).compose(setup -> {
            port = setup.port();
            security = setup.security();
            journal = setup.journal();
            metrics.watchJournal(journal);
            if (cluster != null) {
                RegistrySync sync = new RegistrySync(vertx, registry, journal, cluster.nodeId());
                cluster.hazelcast().getCluster().addMembershipListener(sync);
                sync.start();
            }
            // Every gateway listens on the same port; Vert.x spreads connections over them.
            return vertx.deployVerticle(() -> new GatewayVerticle(port, config.host(), setup.catalog(), registry,
                    metrics, prometheus, setup.security(), config.allowedOrigins(), setup.journal()), new DeploymentOptions().setInstances(gateways)).map(id -> port);
        });
    }

    private record Setup(ScenarioCatalog catalog, int port, Security security, Journal journal) {
    }

    /** Port 0 means "any free port": found once, so that all gateways share the same one. */
    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public Security security() {
        return security;
    }

    public Journal journal() {
        return journal;
    }

    public int port() {
        return port;
    }

    public Vertx vertx() {
        return vertx;
    }

    public ExerciseRegistry registry() {
        return registry;
    }

    /** Stops serving, then writes out and closes the journal (everything recorded is stored). */
    public Future<Void> close() {
        if (vertx == null) {
            return Future.succeededFuture();
        }
        return vertx.close().eventually(() -> {
            if (journal != null) {
                journal.close();
            }
            return Future.succeededFuture();
        });
    }
}
