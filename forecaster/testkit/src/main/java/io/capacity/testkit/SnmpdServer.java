package io.capacity.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real Net-SNMP {@code snmpd} on a free loopback UDP port, answering v2c (community {@link #COMMUNITY}) and
 * v3 authPriv SHA/AES (user {@link #V3_USER}); {@link #COMMUNITY_32BIT} sees no 64-bit interface counters. Its
 * interface counters are the machine's real ones.
 *
 * <p>{@code -C} stops snmpd reading the system's config files; v3 users are declared with {@code createUser} in
 * the one config file we pass, which snmpd accepts there as long as its persistent directory
 * ({@code SNMP_PERSISTENT_DIR}) is writable, so we point it at the temp dir instead of /var/lib/snmp.
 */
public final class SnmpdServer implements AutoCloseable {
    public static final String COMMUNITY = "public";
    /**
     * A v2c community whose view lacks ifXTable's 64-bit counters and {@code ifHighSpeed} (.6, .10, .15 under
     * 1.3.6.1.2.1.31.1.1.1), as an older switch or an access port below 650 Mb/s answers: only ifTable's 32-bit
     * counters and {@code ifSpeed} remain.
     */
    public static final String COMMUNITY_32BIT = "public32";
    public static final String V3_USER = "capuser";
    public static final String V3_AUTH_PASSWORD = "capauth-secret";
    public static final String V3_PRIV_PASSWORD = "cappriv-secret";

    private final Path dir;
    private final int port;
    private final Process process;

    private SnmpdServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Starts snmpd and waits until it answers on its port. */
    public static SnmpdServer start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("snmpd-");
        Path persist = Files.createDirectories(dir.resolve("persist"));
        Path conf = dir.resolve("snmpd.conf");
        Files.writeString(conf, String.join("\n",
                "rocommunity " + COMMUNITY + " 127.0.0.1",
                "view no64 included .1", "view no64 excluded .1.3.6.1.2.1.31.1.1.1.6",
                "view no64 excluded .1.3.6.1.2.1.31.1.1.1.10", "view no64 excluded .1.3.6.1.2.1.31.1.1.1.15",
                "rocommunity " + COMMUNITY_32BIT + " 127.0.0.1 -V no64",
                "createUser " + V3_USER + " SHA " + V3_AUTH_PASSWORD + " AES " + V3_PRIV_PASSWORD,
                "rouser " + V3_USER + " priv", ""));
        int port = FreePorts.udp();
        ProcessBuilder pb = new ProcessBuilder(List.of("snmpd", "-f", "-Lf", dir.resolve("snmpd.log").toString(),
                "-C", "-c", conf.toString(), "-p", dir.resolve("snmpd.pid").toString(), "udp:127.0.0.1:" + port));
        pb.environment().put("MIBS", "");
        pb.environment().put("SNMP_PERSISTENT_DIR", persist.toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("snmpd.out").toFile());
        SnmpdServer server = new SnmpdServer(dir, port, pb.start());
        server.awaitReady(Duration.ofSeconds(10));
        return server;
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public Path logFile() {
        return dir.resolve("snmpd.log");
    }

    // snmpd logs its version line once it has bound the port and read the config.
    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Daemons.awaitReady(process, "snmpd", timeout, Duration.ofMillis(50),
                () -> readLog().contains("NET-SNMP version"), () -> Daemons.logTail(logFile(), 30));
    }

    private String readLog() throws IOException {
        Path log = logFile();
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() {
        Daemons.stop(process, Duration.ofSeconds(5));
        TempDirs.deleteRecursively(dir);
    }
}
