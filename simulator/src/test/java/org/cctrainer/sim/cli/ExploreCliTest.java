package org.cctrainer.sim.cli;

import java.io.*;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ExploreCliTest {
    void run(String... argv) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        long t = System.nanoTime();
        int rc = Main.run(argv, new PrintStream(out, true), new PrintStream(err, true));
        String o = out.toString();
        System.out.println("== " + String.join(" ", argv) + " -> " + rc + " (" + (System.nanoTime() - t) / 1e6 + " ms)\nOUT:" + (o.length() > 3000 ? o.substring(0, 3000) : o) + "\nERR:" + err);
    }
    @Test
    void explore() throws Exception {
        run("simulate", "--scenario", "free-practice", "--seed", "7", "--hours", "1");
        run("simulate", "--arrivals-per-hour", "600", "--aht", "180", "--patience", "120", "--agents", "33", "--threshold", "20", "--hours", "20", "--warmup-hours", "1", "--seed", "3");
        run("erlang", "--arrivals-per-hour", "200", "--aht", "180", "--agents", "14", "--threshold", "20");
        run("erlang", "--arrivals-per-hour", "200", "--aht", "180", "--agents", "14", "--threshold", "20", "--patience", "120");
        run("erlang", "--arrivals-per-hour", "200", "--aht", "180", "--agents", "10", "--threshold", "20");
        run("staff", "--arrivals-per-hour", "200", "--aht", "180", "--target-sl", "0.8", "--threshold", "20");
        run("staff", "--arrivals-per-hour", "200", "--aht", "180", "--target-sl", "0.999", "--threshold", "20", "--patience", "1");
        run("simulate", "--scenario", "nope.yaml", "--seed", "1");
        Path bad = Files.createTempFile("bad", ".yaml");
        Files.writeString(bad, "id: x\ntitle: y\nhours: 2\nqueues: []\npriorty: 3\n");
        run("simulate", "--scenario", bad.toString(), "--seed", "1");
        Files.writeString(bad, "id: x\ntitle: y\nhours: 2\nqueues:\n  - id: q\n    channel: voice\n    sla: {target: 0.8, thresholdSeconds: 20}\n    handleTime: {distribution: none}\n    forecast: {perHour: 60}\nagents:\n  - id: ann\n    skills: [q]\n");
        run("simulate", "--scenario", bad.toString(), "--seed", "1");
        Files.writeString(bad, "id: x\ntitle: y\nhours: 2\nqueues:\n  - id: q\n    channel: voice\n    sla: {target: 0.8, thresholdSeconds: 20}\n    handleTime: {distribution: fixed, meanSeconds: 60}\n    wrapUp: {distribution: none}\n    forecast: {perHour: 60}\nagents:\n  - id: ann\n    skills: [q]\n");
        run("simulate", "--scenario", bad.toString(), "--seed", "1");
        Files.writeString(bad, "id: x\ntitle: y\nhours: 2\nqueues:\n  - id: q\n    channel: voice\n    sla: {target: 0.8, thresholdSeconds: 20}\n    handleTime: {distribution: fixed, meanSeconds: 60}\n    forecast: {perHour: 60}\nagents:\n  - id: \"\"\n    skills: [q]\n");
        run("simulate", "--scenario", bad.toString(), "--seed", "1");
        run("simulate", "--scenario", "free-practice", "--seed", "7", "--hours", "9");
        run("simulate", "--arrivals-per-hour", "600", "--aht", "180", "--agents", "30", "--threshold", "20", "--hours", "1", "--seed", "3");
        run("frobnicate");
        run();
        run("--help");
        run("bench", "--help");
        run("simulate", "--scenario", "help", "--seed", "1");
        run("simulate", "--seed", "-9223372036854775808", "--scenario", "free-practice", "--hours", "0.1");
    }
}
