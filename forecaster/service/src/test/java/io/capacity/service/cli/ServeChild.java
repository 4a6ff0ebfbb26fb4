package io.capacity.service.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./capacity serve} in a second JVM (the launcher's main class on the test classpath), so that a test can
 * kill -9 it. {@link #start} returns once it has printed its "listening on" line, whose port it reads.
 */
final class ServeChild implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("capacity serve: listening on http://[^:]+:(\\d+) ");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile int port = -1;

    private ServeChild(Process process) {
        this.process = process;
        Thread pump = new Thread(this::pump, "serve-child-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code capacity serve --port 0 --bind 127.0.0.1} plus {@code args} and waits until it listens. */
    static ServeChild start(List<String> args) throws IOException, InterruptedException {
        return start(args, Map.of());
    }

    /** As {@link #start(List)}, with more environment variables; {@code --bind} in {@code args} replaces ours. */
    static ServeChild start(List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CapacityCli.class.getName(), "serve", "--port", "0"));
        if (!args.contains("--bind")) {
            command.addAll(List.of("--bind", "127.0.0.1"));
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        ServeChild child = new ServeChild(builder.start());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!child.listening.await(100, TimeUnit.MILLISECONDS)) {
            if (!child.process.isAlive() || System.nanoTime() > deadline) {
                child.close();
                throw new IllegalStateException("serve did not start (" + (child.process.isAlive() ? "still running"
                        : "exit " + child.process.exitValue()) + "):\n" + child.output);
            }
        }
        return child;
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    listening.countDown();
                }
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e).append(")\n");
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String output() {
        return output.toString();
    }

    /** SIGKILL: no shutdown hook, no drain, no store close. Returns once the process is gone. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 137) {
            throw new IllegalStateException("serve did not die by SIGKILL:\n" + output);
        }
    }

    /** SIGTERM, as Ctrl-C: the agent drains into the store, which is closed. Returns once the process is gone. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("serve did not stop within 60 s of SIGTERM:\n" + output);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
