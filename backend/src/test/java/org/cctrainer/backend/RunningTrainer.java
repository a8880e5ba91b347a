package org.cctrainer.backend;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A trainer started on a free port for a test class, with HTTP and WebSocket clients held in
 * fields (a client held by nothing can be closed under the test).
 */
public final class RunningTrainer implements AutoCloseable {
    public final Trainer trainer;
    public final Vertx clientVertx = Vertx.vertx();
    public final HttpClient http;
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
        this.http = clientVertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost").setDefaultPort(port));
        this.websockets = clientVertx.createWebSocketClient(new WebSocketClientOptions().setDefaultHost("localhost")
                .setDefaultPort(port).setMaxFrameSize(1 << 20).setMaxMessageSize(16 << 20));
    }

    public static RunningTrainer start() throws Exception {
        Path data = Files.createTempDirectory("cc-trainer-test");
        Trainer trainer = new Trainer(new TrainerConfig(0, "127.0.0.1", data));
        int port = trainer.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return new RunningTrainer(trainer, port);
    }

    public Future<Response> request(HttpMethod method, String path, String body) {
        return http.request(new RequestOptions().setMethod(method).setURI(path)).compose(request -> {
            if (body != null) {
                request.putHeader("content-type", "application/json");
                return request.send(Buffer.buffer(body));
            }
            return request.send();
        }).compose(response -> response.body().map(bytes -> new Response(response.statusCode(),
                response.getHeader("content-type"), bytes.toString())));
    }

    /** Blocking form for tests that read as plain steps. */
    public Response call(HttpMethod method, String path, String body) throws Exception {
        return request(method, path, body).toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
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
