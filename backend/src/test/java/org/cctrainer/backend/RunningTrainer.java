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

    public record Response(int status, String contentType, String body) {
        public JsonObject json() {
            return new JsonObject(body);
        }
    }

    private RunningTrainer(Trainer trainer, int port) {
        this.trainer = trainer;
        this.port = port;
        this.websockets = clientVertx.createWebSocketClient(new WebSocketClientOptions().setDefaultHost("localhost")
                .setDefaultPort(port).setMaxFrameSize(1 << 20).setMaxMessageSize(16 << 20));
    }

    public static RunningTrainer start() throws Exception {
        Path data = Files.createTempDirectory("cc-trainer-test");
        Trainer trainer = new Trainer(new TrainerConfig(0, "127.0.0.1", data));
        int port = trainer.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return new RunningTrainer(trainer, port);
    }

    /**
     * One HTTP exchange, blocking, with the JDK's client. (Vert.x's client, driven from a test
     * thread, can complete the response on another event loop than the connection's and so
     * lose a short body that has already arrived: tests must not be that subtle.)
     */
    public Response call(HttpMethod method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(15));
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

    @Override
    public void close() throws Exception {
        clientVertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        trainer.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
