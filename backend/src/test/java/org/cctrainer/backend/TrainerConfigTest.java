package org.cctrainer.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Starting the trainer from the command line")
class TrainerConfigTest {

    @Test
    @DisplayName("listens on 8080 with data under ./data unless told otherwise; --port beats $PORT")
    void defaultsAndOverrides() throws Exception {
        TrainerConfig plain = TrainerConfig.parse(List.of(), Map.of());
        assertEquals(8080, plain.port());
        assertEquals(Path.of("data"), plain.dataDir());
        assertEquals(9090, TrainerConfig.parse(List.of(), Map.of("PORT", "9090")).port());
        TrainerConfig flags = TrainerConfig.parse(List.of("--port", "0", "--data", "/tmp/x"), Map.of("PORT", "9090"));
        assertEquals(0, flags.port());
        assertEquals(Path.of("/tmp/x"), flags.dataDir());
    }

    @Test
    @DisplayName("bad arguments are one clear line naming the problem")
    void badArguments() {
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--port", "http"), Map.of())).getMessage().contains("--port must be a port number"));
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--port", "70000"), Map.of())).getMessage().contains("0–65535"));
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--verbose", "yes"), Map.of())).getMessage().contains("unknown flag --verbose"));
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--data"), Map.of())).getMessage().contains("--data needs a value"));
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of(), Map.of("PORT", "x"))).getMessage().contains("PORT"));
    }
}
