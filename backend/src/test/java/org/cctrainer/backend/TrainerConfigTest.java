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

    @Test
    @DisplayName("the trainer key, the journal and the cluster come from flags or the environment")
    void keyJournalCluster() throws Exception {
        TrainerConfig env = TrainerConfig.parse(List.of(), Map.of("CC_TRAINER_KEY", "a-key-of-sixteen-chars",
                "CC_JOURNAL_URL", "jdbc:postgresql://db/cc?user=u&password=p"));
        assertEquals("a-key-of-sixteen-chars", env.trainerKey());
        assertEquals("jdbc:postgresql://db/cc?user=u&password=p", env.journalUrlOrDefault());
        assertEquals("jdbc:sqlite:" + Path.of("data").resolve("journal.db"), TrainerConfig.parse(List.of(), Map.of())
                .journalUrlOrDefault(), "the embedded default");
        TrainerConfig cluster = TrainerConfig.parse(List.of("--cluster", "--journal", "jdbc:postgresql://db/cc"),
                Map.of("CC_CLUSTER_MEMBERS", "trainer-1, trainer-2", "CC_CLUSTER_HOST", "trainer-2"));
        assertTrue(cluster.clustered());
        assertEquals(List.of("trainer-1", "trainer-2"), cluster.cluster().members());
        assertEquals("trainer-2", cluster.cluster().host());
        assertEquals(5701, cluster.cluster().port());
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--cluster"), Map.of())).getMessage().contains("shared journal"));
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--trainer-key", "short"), Map.of())).getMessage().contains("16"));
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--journal", "mysql://x"), Map.of())).getMessage().contains("jdbc:sqlite"));
        assertTrue(assertThrows(TrainerConfig.UsageException.class,
                () -> TrainerConfig.parse(List.of("--journal-flush-ms", "0"), Map.of())).getMessage().contains("10–10000"));
    }
}
