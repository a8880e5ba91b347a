package org.cctrainer.backend;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A trainer started on a free port for a test class, with HTTP and WebSocket clients held in
 * fields (a client held by nothing can be closed under the test).
 */
public final class RunningTrainer implements AutoCloseable {
    public final Trainer trainer;
    public final Vertx clientVertx = Vertx.vertx();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    public final WebSocketClient websockets;
    public final int port;
    private final Path data;

    public record Response(int status, String contentType, String body) {
        public JsonObject json() {
            return new JsonObject(body);
        }
    }

    private RunningTrainer(Trainer trainer, int port, Path data) {
        this.trainer = trainer;
        this.port = port;
        this.data = data;
        this.websockets = clientVertx.createWebSocketClient(new WebSocketClientOptions().setDefaultHost("localhost")
                .setDefaultPort(port).setMaxFrameSize(1 << 20).setMaxMessageSize(16 << 20));
    }

    /** The trainer key every test trainer is started with. */
    public static final String KEY = "test-trainer-key-0123456789";

    public static RunningTrainer start() throws Exception {
        Path data = Files.createTempDirectory("cc-trainer-test");
        Trainer trainer = new Trainer(new TrainerConfig(0, "127.0.0.1", data).withTrainerKey(KEY));
        int port = trainer.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return new RunningTrainer(trainer, port, data);
    }

    /**
     * One HTTP exchange, blocking, with the JDK's client. (Vert.x's client, driven from a test
     * thread, can complete the response on another event loop than the connection's and so
     * lose a short body that has already arrived: tests must not be that subtle.)
     */
    public Response call(HttpMethod method, String path, String body) throws Exception {
        return call(method, path, body, KEY);
    }

    /** As {@link #call(HttpMethod, String, String)} with this bearer credential (null: none at all). */
    public Response call(HttpMethod method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(15));
        if (bearer != null) {
            request.header("authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.header("content-type", "application/json");
        }
        request.method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("content-type").orElse(null),
                response.body());
    }

    public JsonObject startExercise(String scenario, double speed) throws Exception {
        Response response = call(HttpMethod.POST, "/api/exercises",
                new JsonObject().put("scenario", scenario).put("speed", speed).put("seed", 7).encode());
        if (response.status() != 201) {
            throw new AssertionError("could not start an exercise: " + response);
        }
        return response.json();
    }

    /** The trainer's data directory (its journal and key live there). */
    public Path dataDir() {
        return data;
    }

    /** Joins an exercise as its trainee, with the join code a trainer sees: the trainee's token. */
    public String traineeToken(String exercise) throws Exception {
        String known = traineeTokens.get(exercise);
        if (known != null) {
            return known;
        }
        String code = call(HttpMethod.GET, "/api/exercises/" + exercise, null).json().getJsonObject("access")
                .getString("joinCode");
        Response joined = call(HttpMethod.POST, "/api/join", new JsonObject().put("code", code).encode(), null);
        if (joined.status() != 200) {
            throw new AssertionError("could not join: " + joined);
        }
        String token = joined.json().getString("token");
        traineeTokens.put(exercise, token);
        return token;
    }

    private final java.util.Map<String, String> traineeTokens = new java.util.concurrent.ConcurrentHashMap<>();

    /** A single-use ticket to open the stream with this bearer credential. */
    public String ticket(String exercise, String bearer) throws Exception {
        Response ticket = call(HttpMethod.POST, "/api/exercises/" + exercise + "/ticket", null, bearer);
        if (ticket.status() != 200) {
            throw new AssertionError("no ticket: " + ticket);
        }
        return ticket.json().getString("ticket");
    }

    /** The stream URI a viewer in {@code role} opens: observers with the observer link's token, others with a ticket. */
    public String streamUri(String exercise, String role) throws Exception {
        if (role == null || role.equals("observer")) {
            String link = call(HttpMethod.GET, "/api/exercises/" + exercise, null).json().getJsonObject("access")
                    .getString("observerLink");
            return "/ws/exercises/" + exercise + "?watch=" + link.substring(link.indexOf("watch=") + 6);
        }
        String bearer = role.equals("trainer") ? KEY : traineeToken(exercise);
        return "/ws/exercises/" + exercise + "?ticket=" + ticket(exercise, bearer);
    }

    @Override
    public void close() throws Exception {
        clientVertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        trainer.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
