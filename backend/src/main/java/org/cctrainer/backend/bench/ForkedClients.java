package org.cctrainer.backend.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link LoadClients} in a second JVM started from the same class path. The clients then have
 * their own heap, garbage collector and JIT, so a client-side pause does not stop the server's
 * threads, and the server's CPU and heap figures are the server's alone. They still share the
 * machine's cores with the server: nothing here can change that on one machine.
 */
public final class ForkedClients implements ClientFleet {
    private static final long REPLY_TIMEOUT_SECONDS = 300;

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private int open;

    public ForkedClients(String host, int port, int eventLoops, boolean deflate, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LoadClients.class.getName());
        command.add(host);
        command.add(Integer.toString(port));
        command.add(Integer.toString(eventLoops));
        command.add(Boolean.toString(deflate));
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not start the client JVM: " + e.getMessage(), e);
        }
        commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("@")) {
                        replies.add(line.substring(1));
                    } else {
                        System.err.println("[clients] " + line);
                    }
                }
            } catch (java.io.IOException e) {
                // the child went away; await() reports it
            }
        }, "bench-client-reader");
        reader.setDaemon(true);
        reader.start();
        await("ready");
    }

    public long pid() {
        return process.pid();
    }

    private String await(String prefix) {
        try {
            String reply = replies.poll(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (reply == null) {
                throw new IllegalStateException("the client JVM did not answer within " + REPLY_TIMEOUT_SECONDS + " s"
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")"));
            }
            if (!reply.startsWith(prefix)) {
                throw new IllegalStateException("the client JVM answered '" + reply + "', expected " + prefix);
            }
            return reply.substring(prefix.length()).trim();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public ConnectResult connect(List<String> paths, int perPath) {
        commands.println("connect " + perPath + " " + String.join(" ", paths));
        ConnectResult result = ConnectResult.decode(await("connected"));
        open += result.connected();
        return result;
    }

    @Override
    public ClientSample sample() {
        commands.println("sample");
        ClientSample sample = ClientSample.decode(await("sample"));
        open = sample.open();
        return sample;
    }

    @Override
    public long closeAll() {
        commands.println("close");
        long millis = Long.parseLong(await("closed"));
        open = 0;
        return millis;
    }

    @Override
    public int open() {
        return open;
    }

    @Override
    public void close() {
        commands.println("exit");
        commands.close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
