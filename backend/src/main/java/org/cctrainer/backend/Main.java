package org.cctrainer.backend;

import java.util.List;

/** Starts the trainer: {@code java -jar cc-trainer.jar [--port N] [--host H] [--data DIR]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println("cc-trainer [--port N (default 8080, or $PORT; 0 picks a free port)] [--host H] [--data DIR]");
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
