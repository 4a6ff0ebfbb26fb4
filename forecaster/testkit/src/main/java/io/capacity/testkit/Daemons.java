package io.capacity.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** What every daemon the tests run shares: waiting until it answers, and stopping it politely, then not. */
final class Daemons {
    private Daemons() {
    }

    /** Whether the daemon answers yet; may run a client or read its log. */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws IOException, InterruptedException;
    }

    /**
     * Polls {@code probe} until it holds. Fails with {@code context} (its log, say) as soon as the process exits,
     * and stops the process when {@code timeout} passes first, so no half-started daemon outlives the test.
     */
    static void awaitReady(Process process, String name, Duration timeout, Duration poll, Probe probe,
                           Supplier<String> context) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + " before it answered: "
                        + context.get());
            }
            if (probe.ready()) {
                return;
            }
            Thread.sleep(poll.toMillis());
        }
        stop(process, Duration.ofSeconds(5));
        throw new IOException(name + " did not answer within " + timeout + ": " + context.get());
    }

    /** The last {@code lines} lines of a daemon's log, for failure messages; never throws. */
    static String logTail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log yet)";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, up to {@code grace} to exit, then SIGKILL. */
    static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
