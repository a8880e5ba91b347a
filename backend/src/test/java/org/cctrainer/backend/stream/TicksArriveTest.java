package org.cctrainer.backend.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Checkpoint;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cctrainer.backend.RunningTrainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stream seen through Vert.x's own test kit: checkpoints count the messages a viewer must get. */
@ExtendWith(VertxExtension.class)
@DisplayName("Ticks, checkpoint by checkpoint")
class TicksArriveTest {
    private static RunningTrainer trainer;
    private WebSocketClient client;

    @BeforeAll
    static void start() throws Exception {
        trainer = RunningTrainer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        trainer.close();
    }

    @Test
    @DisplayName("one snapshot, then ten ticks in seq order")
    void snapshotThenTenTicks(Vertx vertx, VertxTestContext test) throws Exception {
        String id = trainer.startExercise("volume-surge", 30).getString("id");
        client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(1 << 20)
                .setMaxMessageSize(16 << 20));
        Checkpoint snapshot = test.checkpoint();
        Checkpoint ticks = test.checkpoint(10);
        AtomicLong lastSeq = new AtomicLong(-1);
        AtomicLong tickCount = new AtomicLong();
        String uri = trainer.streamUri(id, null);
        // Connect from the event loop, so the handler is set as the socket opens, before any frame can arrive.
        vertx.runOnContext(nothing -> client.connect(new WebSocketConnectOptions().setPort(trainer.port).setHost("localhost")
                .setURI(uri)).onComplete(test.succeeding(socket -> socket.textMessageHandler(text -> {
                    JsonObject message = new JsonObject(text);
                    test.verify(() -> {
                        long seq = message.getLong("seq");
                        if (lastSeq.get() < 0) {
                            assertEquals("snapshot", message.getString("type"));
                            snapshot.flag();
                        } else {
                            assertTrue(seq > lastSeq.get(), "seq " + seq + " after " + lastSeq);
                            if ("tick".equals(message.getString("type")) && tickCount.incrementAndGet() <= 10) {
                                if (tickCount.get() == 10) {
                                    socket.close();
                                }
                                ticks.flag();
                            }
                        }
                        lastSeq.set(seq);
                    });
                }))));
    }

    @Test
    @DisplayName("a browser that offers compression gets plain frames: the shared tick is never deflated per socket")
    void compressionIsDeclined(Vertx vertx, VertxTestContext test) throws Exception {
        String id = trainer.startExercise("free-practice", 1).getString("id");
        WebSocketClient deflating = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setTryUsePerMessageCompression(true).setTryUsePerFrameCompression(true).setMaxMessageSize(16 << 20));
        deflating.connect(new WebSocketConnectOptions().setPort(trainer.port).setHost("localhost")
                .setURI(trainer.streamUri(id, null))).onComplete(test.succeeding(socket -> test.verify(() -> {
                    assertEquals(null, socket.headers().get("sec-websocket-extensions"), "no extension accepted");
                    socket.close();
                    test.completeNow();
                })));
    }
}
