package io.capacity.testkit;

/**
 * One influxd per test JVM, started on first use and closed by a shutdown hook, so a module's whole test run pays
 * the start-up once. Tests that stop it (outage tests) must start it again; {@link InfluxdExtension} does that
 * before every test as a safety net.
 */
public final class SharedInfluxd {
    private static InfluxdServer instance;

    private SharedInfluxd() {
    }

    /** The shared server, started (again) if it is not running. */
    public static synchronized InfluxdServer get() {
        if (instance == null) {
            InfluxdServer server = InfluxdServer.create();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "influxd-shutdown"));
            instance = server;
        }
        return instance.start();
    }
}
