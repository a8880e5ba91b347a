package org.cctrainer.backend.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.List;
import java.util.Map;
import org.cctrainer.backend.security.Principal;
import org.cctrainer.backend.security.Security;
import org.cctrainer.backend.exercise.ExerciseRegistry;
import org.cctrainer.backend.exercise.ScenarioCatalog;
import org.cctrainer.backend.metrics.ServerMetrics;
import org.cctrainer.backend.stream.StreamHub;

/**
 * The HTTP face of the trainer on one event loop: the API, the WebSocket stream, /metrics and
 * the web pages. One instance runs per event loop, all sharing the port.
 */
public final class GatewayVerticle extends VerticleBase {

    private final int port;
    private final String host;
    private final ScenarioCatalog catalog;
    private final ExerciseRegistry registry;
    private final ServerMetrics metrics;
    private final PrometheusMeterRegistry prometheus;
    private final Security security;
    private final List<String> allowedOrigins;
    private final org.cctrainer.backend.journal.Journal journal;
    private HttpServer server;

    public GatewayVerticle(int port, String host, ScenarioCatalog catalog, ExerciseRegistry registry,
                           ServerMetrics metrics, PrometheusMeterRegistry prometheus, Security security,
                           List<String> allowedOrigins, org.cctrainer.backend.journal.Journal journal) {
        this.journal = journal;
        this.security = security;
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.port = port;
        this.host = host;
        this.catalog = catalog;
        this.registry = registry;
        this.metrics = metrics;
        this.prometheus = prometheus;
    }

    @Override
    public Future<?> start() {
        StreamHub hub = new StreamHub(vertx, metrics, security);
        Guard guard = new Guard(security);
        ExerciseApi exercises = new ExerciseApi(vertx, catalog, registry, metrics, guard, security, journal);
        JournalApi recorded = new JournalApi(vertx, journal, exercises, registry, metrics, guard);
        JoinApi join = new JoinApi(registry, security);
        StationApi station = new StationApi(exercises, registry, guard);
        Router router = Router.router(vertx);
        // A journal file may be up to 20 MiB; every other body is small.
        router.post("/api/journal/import").handler(BodyHandler.create(false)
                .setBodyLimit(org.cctrainer.backend.journal.JournalFiles.DEFAULT_MAX_BYTES))
                .handler(recorded::importFile);
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(GatewayLimits.MAX_BODY_BYTES));
        // "degraded" while the journal cannot write: exercises run on, their entries wait in memory.
        router.get("/health").handler(ctx -> {
            String problem = journal == null ? null : journal.problem();
            Map<String, Object> health = new java.util.LinkedHashMap<>();
            health.put("status", problem == null ? "ok" : "degraded");
            health.put("exercises", registry.size());
            health.put("websocketConnections", metrics.connections());
            health.put("journal", problem == null ? "ok" : problem);
            health.put("journalBacklog", journal == null ? 0 : journal.backlog());
            Http.json(ctx, health);
        });
        // A scrape walks every meter of every exercise: a worker's job, not the event loop's.
        router.get("/metrics").blockingHandler(PrometheusScrapingHandler.create(prometheus), false);
        router.get("/api/scenarios").handler(ctx -> {
            guard.trainer(ctx);
            Http.json(ctx, Map.of("scenarios", catalog.summaries()));
        });
        router.post("/api/join").handler(join::join);
        router.post("/api/exercises/:id/ticket").handler(exercises::ticket);
        router.post("/api/cohorts").handler(station::cohort);
        router.post("/api/exercises/:id/incidents").handler(station::inject);
        router.post("/api/exercises/:id/notes").handler(station::note);
        router.get("/api/exercises/:id/record").handler(exercises::record);
        router.post("/api/exercises/:id/seek").handler(exercises::seek);
        router.post("/api/exercises/:id/next").handler(exercises::next);
        router.get("/api/journal").handler(recorded::list);
        router.get("/api/journal/:id/export").handler(recorded::export);
        router.post("/api/replays").handler(recorded::replay);
        router.post("/api/exercises").handler(exercises::start);
        router.get("/api/exercises").handler(exercises::list);
        router.get("/api/exercises/:id").handler(exercises::get);
        router.post("/api/exercises/:id/pause").handler(exercises::pause);
        router.post("/api/exercises/:id/resume").handler(exercises::resume);
        router.post("/api/exercises/:id/speed").handler(exercises::speed);
        router.post("/api/exercises/:id/stop").handler(exercises::stop);
        router.post("/api/exercises/:id/alerts/:alert/acknowledge").handler(exercises::acknowledge);
        router.post("/api/exercises/:id/commands").handler(exercises::commands);
        router.get("/api/exercises/:id/score").handler(exercises::score);
        router.get("/api/exercises/:id/debrief").handler(exercises::debrief);
        router.route("/api/*").handler(ctx -> {
            throw ApiError.notFound("no such API resource: " + ctx.request().method() + " " + Http.abbreviate(ctx.normalizedPath()));
        });
        router.get("/ws/exercises/:id").handler(ctx -> upgrade(ctx, hub, guard));
        router.get("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars").setCachingEnabled(true));
        router.get("/*").handler(StaticHandler.create("web").setIndexPage("index.html"));
        router.route().failureHandler(GatewayVerticle::onFailure);
        for (int status : new int[] {400, 401, 403, 404, 405, 413, 429, 500}) {
            router.errorHandler(status, GatewayVerticle::onFailure);
        }
        // A fixed, modest send buffer: a stuck client then shows up as a full write queue within
        // seconds (and loses ticks) instead of hiding megabytes in an auto-tuned kernel buffer.
        // No permessage-deflate: browsers ask for it, and it would compress the one shared tick
        // buffer once per socket, turning a fan-out of one encode into thousands.
        HttpServerOptions options = new HttpServerOptions().setPort(port).setHost(host).setSendBufferSize(GatewayLimits.SEND_BUFFER_BYTES)
                .setMaxWebSocketFrameSize(GatewayLimits.MAX_FRAME_BYTES).setMaxWebSocketMessageSize(GatewayLimits.MAX_FRAME_BYTES)
                .setPerMessageWebSocketCompressionSupported(false).setPerFrameWebSocketCompressionSupported(false);
        server = vertx.createHttpServer(options).requestHandler(router);
        vertx.setPeriodic(EventLoopProbe.PERIOD_MILLIS, new EventLoopProbe(metrics));
        return server.listen();
    }

    /**
     * Opens the stream for a caller with a single-use ticket (trainer or trainee) or an observer
     * link's token. Browsers cannot set headers on a WebSocket, hence the ticket in the URL: it
     * is good for one connection within 30 seconds, so a copied URL opens nothing.
     */
    private void upgrade(RoutingContext ctx, StreamHub hub, Guard guard) {
        String id = ctx.pathParam("id");
        if (!Origins.allowed(ctx.request(), allowedOrigins)) {
            throw new ApiError(403, "forbidden-origin", "WebSocket connections are accepted from this trainer's own pages only");
        }
        String ticket = ctx.request().getParam("ticket");
        String watch = ctx.request().getParam("watch");
        long now = Guard.nowSeconds();
        Principal principal = (ticket != null ? security.redeemTicket(ticket, id, now)
                : watch != null ? security.observer(watch, id, now) : java.util.Optional.<Principal>empty())
                .orElseThrow(() -> new ApiError(401, "unauthenticated", ticket == null && watch == null
                        ? "open the stream with a ticket (POST /api/exercises/{id}/ticket) or an observer link"
                        : "the ticket or link is not valid for this exercise (tickets work once, within 30 s)"));
        if (registry.get(id).filter(info -> info.stateValue().live()).isEmpty()) {
            throw ApiError.notFound("no running exercise '" + Http.abbreviate(id) + "'");
        }
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw new ApiError(400, "not-websocket", "this address takes a WebSocket upgrade");
        }
        ctx.request().toWebSocket().onSuccess(socket -> hub.join(id, socket, principal.role().wireName(),
                principal.subject()));
    }

    /** Every error leaves as JSON with a code and a sentence; never a stack trace. */
    private static void onFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiError error) {
            error.send(ctx);
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        switch (status) {
            case 413 -> {
                // The rest of the oversized body is still on the wire: close rather than reuse the connection.
                ctx.response().putHeader("connection", "close");
                ApiError.send(ctx, 413, "too-large", "the body is larger than " + GatewayLimits.MAX_BODY_BYTES + " bytes");
            }
            case 404 -> ApiError.send(ctx, 404, "not-found", "nothing at " + Http.abbreviate(ctx.normalizedPath()));
            case 405 -> ApiError.send(ctx, 405, "method-not-allowed", ctx.request().method() + " is not allowed here");
            case 400 -> ApiError.send(ctx, 400, "bad-request", "the request could not be read");
            default -> {
                ApiError.send(ctx, 500, "internal-error", "something went wrong on the trainer; it has been logged");
                if (failure != null) {
                    System.getLogger(GatewayVerticle.class.getName()).log(System.Logger.Level.ERROR,
                            "request " + ctx.request().method() + " " + ctx.normalizedPath() + " failed", failure);
                }
            }
        }
    }
}
