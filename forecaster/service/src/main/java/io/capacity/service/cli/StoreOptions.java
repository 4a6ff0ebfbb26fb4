package io.capacity.service.cli;

import io.capacity.app.StoreAccess;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Store selection shared by every command: the embedded store under {@code --data-dir} by default, InfluxDB when
 * {@code --influx-url} (or CAPACITY_INFLUX_URL) is given. Passwords and tokens come only from the environment so
 * they never show in process listings.
 */
public final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded store directory (default: $CAPACITY_DATA_DIR or ./data).")
    Path dataDir;

    @Option(names = "--influx-url", paramLabel = "URL",
            description = "Use InfluxDB at URL (v1 HTTP API) instead of the embedded store "
                    + "(default: $CAPACITY_INFLUX_URL). Credentials from CAPACITY_INFLUX_USER, "
                    + "CAPACITY_INFLUX_PASSWORD or CAPACITY_INFLUX_TOKEN.")
    String influxUrl;

    @Option(names = "--influx-db", paramLabel = "NAME",
            description = "InfluxDB database (default: $CAPACITY_INFLUX_DB or capacity).")
    String influxDb;

    @Option(names = "--influx-rp", paramLabel = "NAME",
            description = "InfluxDB retention policy (default: $CAPACITY_INFLUX_RP or the database default).")
    String influxRp;

    @Option(names = "--influx-connect-timeout", paramLabel = "DURATION",
            description = "Give up connecting to InfluxDB after this long, e.g. 500ms, 2s "
                    + "(default: $CAPACITY_INFLUX_CONNECT_TIMEOUT or 2s).")
    String influxConnectTimeout;

    @Option(names = "--influx-read-timeout", paramLabel = "DURATION",
            description = "Give up waiting for one InfluxDB answer after this long, e.g. 10s, 1m "
                    + "(default: $CAPACITY_INFLUX_READ_TIMEOUT or 10s).")
    String influxReadTimeout;

    @Option(names = "--influx-series-refresh", paramLabel = "DURATION",
            description = "Read InfluxDB's series list again this often; listings answer from the last one "
                    + "(default: $CAPACITY_INFLUX_SERIES_REFRESH or 30s).")
    String influxSeriesRefresh;

    /** The environment's configuration with this command line's options on top. */
    public StoreConfig config() {
        Map<String, String> env = new HashMap<>(System.getenv());
        put(env, "CAPACITY_DATA_DIR", dataDir == null ? null : dataDir.toString());
        put(env, "CAPACITY_INFLUX_URL", influxUrl);
        put(env, "CAPACITY_INFLUX_DB", influxDb);
        put(env, "CAPACITY_INFLUX_RP", influxRp);
        put(env, "CAPACITY_INFLUX_CONNECT_TIMEOUT", influxConnectTimeout);
        put(env, "CAPACITY_INFLUX_READ_TIMEOUT", influxReadTimeout);
        put(env, "CAPACITY_INFLUX_SERIES_REFRESH", influxSeriesRefresh);
        try {
            return StoreConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(inFlagWords(e.getMessage()), e);
        }
    }

    /**
     * The configuration's problems named as the user gave them (--influx-url rather than CAPACITY_INFLUX_URL when
     * the flag was used), and a single problem on one line.
     */
    private String inFlagWords(String message) {
        String m = message == null ? "invalid store configuration" : message;
        m = rename(m, "CAPACITY_DATA_DIR", "--data-dir", dataDir);
        m = rename(m, "CAPACITY_INFLUX_URL", "--influx-url", influxUrl);
        m = rename(m, "CAPACITY_INFLUX_DB", "--influx-db", influxDb);
        m = rename(m, "CAPACITY_INFLUX_RP", "--influx-rp", influxRp);
        m = rename(m, "CAPACITY_INFLUX_CONNECT_TIMEOUT", "--influx-connect-timeout", influxConnectTimeout);
        m = rename(m, "CAPACITY_INFLUX_READ_TIMEOUT", "--influx-read-timeout", influxReadTimeout);
        m = rename(m, "CAPACITY_INFLUX_SERIES_REFRESH", "--influx-series-refresh", influxSeriesRefresh);
        int item = m.indexOf(":\n  - ");
        return item > 0 && m.indexOf("\n  - ", item + 2) < 0 && m.contains("(1 problem)")
                ? m.substring(0, item).replace(" (1 problem)", "") + ": " + m.substring(item + 6) : m;
    }

    private static String rename(String message, String variable, String flag, Object given) {
        return given == null ? message : message.replace(variable, flag);
    }

    private static void put(Map<String, String> env, String key, String value) {
        if (value != null) {
            env.put(key, value);
        }
    }

    public MetricStore open() {
        return Stores.open(config());
    }

    /** The store as the use cases reach it: opened for each piece of work, closed after it. */
    public StoreAccess access() {
        return StoreAccess.opening(this::openForReading, this::open);
    }

    /** For commands that only read: see {@link Stores#openForReading}. */
    public MetricStore openForReading() {
        return Stores.openForReading(config());
    }
}
