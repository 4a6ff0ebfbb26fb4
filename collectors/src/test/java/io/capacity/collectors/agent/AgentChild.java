package io.capacity.collectors.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A second JVM running the collector agent, as {@code ./capacity collect} does, so that a test can kill -9 it while
 * it appends: a {@link SequenceSource} polled every 100 ms, delivered to InfluxDB through the disk buffer. It prints
 * "produced N" after every poll; the parent reads that to choose the moment of the kill.
 */
final class AgentChild implements AutoCloseable {
    // 2,000 points/s. A poll still inside the source at its deadline (90 % of the interval) is dropped whole, which
    // would leave a gap that is no fault of the buffer: so polls are not much shorter than this, and the child warms
    // the source's classes up before the agent starts (without it, a run on a loaded machine lost exactly its first
    // poll, at a 50 ms interval then).
    static final int PER_POLL = 200;
    static final Duration POLL = Duration.ofMillis(100);

    private final Process process;
    private final AtomicLong produced = new AtomicLong();
    private final StringBuffer output = new StringBuffer();

    private AgentChild(Process process) {
        this.process = process;
        Thread pump = new Thread(this::pump, "agent-child-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** The configuration the child and the restarted agent share: small segments, fast retries. */
    static AgentConfig config(String influxUrl, String db, Path buffer) {
        return AgentConfigLoader.parse("""
                influx: {url: "%s", database: %s, timeout: 1s}
                buffer: {dir: %s, segment_bytes: 16KiB, fsync: interval}
                delivery: {batch_size: 500, linger: 50ms, retry_initial: 100ms, retry_max: 300ms, drain_on_stop: 30s}
                host: {enabled: false}
                self_metrics: {interval: 1h}
                """.formatted(influxUrl, db, buffer), "kill.yaml", name -> null);
    }

    static AgentChild start(String influxUrl, String db, Path buffer, String run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AgentChild.class.getName(),
                influxUrl, db, buffer.toString(), run).redirectErrorStream(true).start();
        return new AgentChild(p);
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("produced ")) {
                    produced.set(Long.parseLong(line.substring(9)));
                } else {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException | NumberFormatException e) {
            output.append("(output unreadable: ").append(e).append(")\n");
        }
    }

    /** Waits until the child has produced at least {@code points}; fails with its output if it ends or stalls. */
    void awaitProduced(long points, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (produced.get() < points) {
            if (!process.isAlive()) {
                throw new IllegalStateException("agent child exited with " + process.exitValue() + ":\n" + output);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("agent child produced only " + produced.get() + " of " + points
                        + " points in " + timeout + ":\n" + output);
            }
            Thread.sleep(5);
        }
    }

    /** SIGKILL: no shutdown hook, no close, no last cursor save. Returns once the process is gone. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("agent child did not die");
        }
        if (process.exitValue() != 137) {
            throw new IllegalStateException("agent child ended with " + process.exitValue() + ", not by SIGKILL:\n"
                    + output);
        }
    }

    long produced() {
        return produced.get();
    }

    /** What the child logged. */
    String output() {
        return output.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** Loads and compiles what a poll runs, so that the first poll is not cut off at its deadline. */
    static void warmUp() {
        for (int i = 0; i < 100; i++) {
            new SequenceSource("warm-up", PER_POLL, n -> { }).collect(0);
        }
    }

    public static void main(String[] args) throws Exception {
        AgentConfig config = config(args[0], args[1], Path.of(args[2]));
        SequenceSource source = new SequenceSource(args[3], PER_POLL, n -> {
            System.out.println("produced " + n);
            System.out.flush();
        });
        warmUp();
        Agent agent = Agent.builder(config).source(source, POLL).build();
        agent.start();
        Thread.sleep(Long.MAX_VALUE);   // until killed
    }
}
