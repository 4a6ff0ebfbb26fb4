package io.capacity.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where metrics are stored: InfluxDB when {@code influxUrl} is set, else the embedded DuckDB file under
 * {@code dataDir}. Immutable, with named defaults, validated all at once: the exception lists every problem.
 *
 * @param dataDir         directory of the embedded store file; default {@link #DEFAULT_DATA_DIR}
 * @param influxUrl       InfluxDB base URL ({@code http[s]://host:port}), null for the embedded store
 * @param database        InfluxDB database (or v1-mapped bucket); default {@link #DEFAULT_DATABASE}
 * @param retentionPolicy InfluxDB retention policy, null for the database's default
 * @param user            InfluxDB user (with {@code password}), or null
 * @param password        InfluxDB password, never printed
 * @param token           InfluxDB 2.x/3.x API token (instead of user and password), never printed
 * @param timeouts        connect and read timeouts of every InfluxDB call, and how often its series list is
 *                        refreshed; default {@link InfluxTimeouts#DEFAULTS}
 */
public record StoreConfig(Path dataDir, String influxUrl, String database, String retentionPolicy, String user,
                          String password, String token, InfluxTimeouts timeouts) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final String DEFAULT_DATABASE = "capacity";
    public static final String EMBEDDED_FILE = "capacity.duckdb";

    /** The store with the default InfluxDB timeouts. */
    public StoreConfig(Path dataDir, String influxUrl, String database, String retentionPolicy, String user,
                       String password, String token) {
        this(dataDir, influxUrl, database, retentionPolicy, user, password, token, null);
    }

    public StoreConfig {
        timeouts = timeouts == null ? InfluxTimeouts.DEFAULTS : timeouts;
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
        influxUrl = blankToNull(influxUrl);
        database = blankToNull(database) == null ? DEFAULT_DATABASE : database;
        retentionPolicy = blankToNull(retentionPolicy);
        user = blankToNull(user);
        password = blankToNull(password);
        token = blankToNull(token);
        List<String> problems = problems(influxUrl, user, password, token);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
    }

    private static IllegalArgumentException invalid(List<String> problems) {
        return new IllegalArgumentException("invalid store configuration (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
    }

    /** The embedded store in {@code dataDir}. */
    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(dataDir, null, null, null, null, null, null);
    }

    /** InfluxDB at {@code url} without credentials. */
    public static StoreConfig influx(String url, String database) {
        return new StoreConfig(null, url, database, null, null, null, null);
    }

    /** Reads the {@code CAPACITY_*} environment variables (see {@link #fromEnvironment(Map)}). */
    public static StoreConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Reads {@code CAPACITY_INFLUX_URL}, {@code CAPACITY_INFLUX_DB}, {@code CAPACITY_INFLUX_RP},
     * {@code CAPACITY_INFLUX_USER}, {@code CAPACITY_INFLUX_PASSWORD}, {@code CAPACITY_INFLUX_TOKEN},
     * {@code CAPACITY_DATA_DIR} and the timeouts of {@link InfluxTimeouts#fromEnvironment(Map)} from {@code env};
     * unset or empty means the default.
     */
    public static StoreConfig fromEnvironment(Map<String, String> env) {
        String dir = blankToNull(env.get("CAPACITY_DATA_DIR"));
        List<String> problems = new ArrayList<>();
        InfluxTimeouts timeouts = InfluxTimeouts.fromEnvironment(env, problems);
        problems.addAll(problems(blankToNull(env.get("CAPACITY_INFLUX_URL")), blankToNull(env.get(
                "CAPACITY_INFLUX_USER")), blankToNull(env.get("CAPACITY_INFLUX_PASSWORD")),
                blankToNull(env.get("CAPACITY_INFLUX_TOKEN"))));
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new StoreConfig(dir == null ? null : Path.of(dir), env.get("CAPACITY_INFLUX_URL"),
                env.get("CAPACITY_INFLUX_DB"), env.get("CAPACITY_INFLUX_RP"), env.get("CAPACITY_INFLUX_USER"),
                env.get("CAPACITY_INFLUX_PASSWORD"), env.get("CAPACITY_INFLUX_TOKEN"), timeouts);
    }

    public boolean usesInflux() {
        return influxUrl != null;
    }

    /** The embedded store's database file. */
    public Path embeddedFile() {
        return dataDir.resolve(EMBEDDED_FILE);
    }

    private static List<String> problems(String url, String user, String password, String token) {
        List<String> problems = new ArrayList<>();
        if (url != null) {
            urlProblem(url, problems);
        } else if (user != null || password != null || token != null) {
            problems.add("InfluxDB credentials are set but CAPACITY_INFLUX_URL is not; set the URL or unset them");
        }
        if (user != null && password == null) {
            problems.add("CAPACITY_INFLUX_USER is set without CAPACITY_INFLUX_PASSWORD");
        }
        if (password != null && user == null) {
            problems.add("CAPACITY_INFLUX_PASSWORD is set without CAPACITY_INFLUX_USER");
        }
        if (token != null && (user != null || password != null)) {
            problems.add("use either CAPACITY_INFLUX_TOKEN or CAPACITY_INFLUX_USER/PASSWORD, not both");
        }
        return problems;
    }

    private static void urlProblem(String url, List<String> problems) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                problems.add("CAPACITY_INFLUX_URL must start with http:// or https://, e.g. http://127.0.0.1:8086,"
                        + " got '" + redact(url) + "'");
            } else if (uri.getHost() == null) {
                problems.add("CAPACITY_INFLUX_URL has no host, expected http://host:8086, got '" + redact(url) + "'");
            }
            if (uri.getUserInfo() != null) {
                problems.add("CAPACITY_INFLUX_URL must not contain credentials; "
                        + "use CAPACITY_INFLUX_USER/PASSWORD or CAPACITY_INFLUX_TOKEN");
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                problems.add("CAPACITY_INFLUX_URL must be a base URL without query or fragment, got '"
                        + redact(url) + "'");
            }
        } catch (URISyntaxException e) {
            problems.add("CAPACITY_INFLUX_URL is not a URL (" + e.getReason() + ")");
        }
    }

    /** The URL without user info, query or fragment: whatever was typed there may be a secret. */
    private static String redact(String url) {
        return url.replaceAll("[?#].*", "").replaceAll("//[^/]*@", "//");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Secrets masked: safe for logs and error messages. */
    @Override
    public String toString() {
        return "StoreConfig[dataDir=" + dataDir + ", influxUrl=" + influxUrl + ", database=" + database
                + ", retentionPolicy=" + retentionPolicy + ", user=" + user
                + ", password=" + (password == null ? null : "****") + ", token=" + (token == null ? null : "****")
                + ", timeouts=" + timeouts + "]";
    }
}
