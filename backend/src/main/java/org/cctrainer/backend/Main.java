package org.cctrainer.backend;

import java.util.List;

/** Starts the trainer: {@code java -jar cc-trainer.jar [flags]} (see {@link TrainerConfig}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println("""
                    cc-trainer [flags]
                      --port N               listen on N (default 8080, or $PORT; 0 picks a free port)
                      --host H               bind to H (default all interfaces)
                      --data DIR             data directory (default ./data): journal, trainer key
                      --trainer-key K        the trainer key (or $CC_TRAINER_KEY; default: generated once, kept in DIR)
                      --journal JDBC-URL     jdbc:sqlite:... (default DIR/journal.db) or jdbc:postgresql://... (or $CC_JOURNAL_URL)
                      --journal-flush-ms N   how often the journal is written (default 250): what a crash can lose
                      --allowed-origin URL   another origin whose pages may open WebSockets (repeatable)""");
            return;
        }
        TrainerConfig config;
        try {
            config = TrainerConfig.parse(List.of(args), System.getenv());
        } catch (TrainerConfig.UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Trainer trainer = new Trainer(config);
        trainer.start().onSuccess(port -> {
            System.out.println("cc-trainer is running: open http://localhost:" + port + "/");
            System.out.println("data under " + config.dataDir().toAbsolutePath().normalize());
        }).onFailure(error -> {
            System.err.println("error: cc-trainer could not start: " + error.getMessage());
            trainer.close();
            System.exit(1);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> trainer.close().toCompletionStage().toCompletableFuture()
                .orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join()));
    }
}
