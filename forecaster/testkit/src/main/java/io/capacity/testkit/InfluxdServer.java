package io.capacity.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real {@code influxd} (1.x) on free loopback ports with its data in a temp dir, for tests.
 *
 * <p>{@link #start()} launches it and waits until {@code /ping} answers 204; {@link #stop()} sends SIGTERM (then
 * kills after a grace period) and keeps the data, so a later {@code start()} serves the same databases on the same
 * port — outage tests rely on that. {@link #close()} stops it and deletes the temp dir. The server's output goes to
 * {@link #logFile()}, and its tail is quoted in every failure message.
 */
public final class InfluxdServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    static final String MISSING =
            "influxd is not on PATH; tests need a real InfluxDB 1.x server: apt-get install -y influxdb";

    private final Path executable;
    private final InfluxdConfig config;
    private final Path configFile;
    private final Path logFile;
    private Process process;

    private InfluxdServer(boolean authEnabled) {
        this.executable = Executables.find("influxd").orElseThrow(() -> new IllegalStateException(MISSING));
        try {
            Path dir = Files.createTempDirectory("capacity-influxd-");
            int[] ports = FreePorts.several(2);
            this.config = new InfluxdConfig(dir, ports[0], ports[1], authEnabled);
            this.configFile = dir.resolve("influxd.conf");
            this.logFile = dir.resolve("influxd.log");
            Files.writeString(configFile, config.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a temp dir for influxd", e);
        }
    }

    /** A new, not yet started server without authentication. */
    public static InfluxdServer create() {
        return new InfluxdServer(false);
    }

    /**
     * A new, not yet started server with {@code auth-enabled = true}. Until the first admin user exists InfluxDB
     * accepts {@code CREATE USER ... WITH ALL PRIVILEGES} without credentials, so a test can create one.
     */
    public static InfluxdServer createWithAuth() {
        return new InfluxdServer(true);
    }

    /** Starts influxd and blocks until it answers {@code /ping}; does nothing when it already runs. */
    public synchronized InfluxdServer start() {
        if (isRunning()) {
            return this;
        }
        ProcessBuilder pb = new ProcessBuilder(executable.toString(), "-config", configFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + executable + ": " + e.getMessage(), e);
        }
        awaitPing();
        return this;
    }

    private void awaitPing() {
        try {
            Daemons.awaitReady(process, "influxd on " + url(), START_TIMEOUT, Duration.ofMillis(50),
                    () -> pingStatus() == 204, this::failureContext);
        } catch (IOException e) {
            process = null;
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while waiting for influxd", e);
        }
    }

    private int pingStatus() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/ping").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    /** SIGTERM, wait, then SIGKILL; the data dir is kept so {@link #start()} can bring the same server back. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Daemons.stop(process, STOP_GRACE);
        process = null;
    }

    /** The running server's process id, e.g. for fault tests that freeze it with {@code kill -STOP}. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("influxd is not running");
        }
        return process.pid();
    }

    /**
     * Freezes the server ({@code kill -STOP}): the kernel still accepts connections, but nothing answers until
     * {@link #thaw()}. Fault tests use it for an InfluxDB that hangs rather than refuses.
     */
    public synchronized void freeze() {
        signal("STOP");
    }

    /** Lets a {@link #freeze() frozen} server run again ({@code kill -CONT}); harmless when it is not frozen. */
    public synchronized void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending SIG" + name, e);
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Base URL of the HTTP API, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + config.httpPort();
    }

    public int httpPort() {
        return config.httpPort();
    }

    public boolean authEnabled() {
        return config.authEnabled();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the server log, for assertion and failure messages. */
    public String logTail(int lines) {
        return Daemons.logTail(logFile, lines);
    }

    private String failureContext() {
        return "\nconfig: " + configFile + "\nlog: " + logFile + "\n--- last log lines ---\n" + logTail(30);
    }

    /** Stops the server and deletes its temp dir with all data and the log. */
    @Override
    public synchronized void close() {
        stop();
        TempDirs.deleteRecursively(config.dir());
    }

    @Override
    public String toString() {
        return "influxd at " + url() + " (data " + config.dir() + ")";
    }
}
