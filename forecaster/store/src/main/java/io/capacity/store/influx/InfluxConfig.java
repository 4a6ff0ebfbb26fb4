package io.capacity.store.influx;

import io.capacity.store.StoreConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings of the InfluxDB adapter. {@link #toString()} masks the password and token, so the record can
 * be logged.
 *
 * @param url             base URL without credentials, e.g. {@code http://127.0.0.1:8086}
 * @param database        database (InfluxDB 1.x) or v1-mapped bucket (2.x/3.x)
 * @param retentionPolicy retention policy, null for the database default
 * @param user            user for basic authentication, or null
 * @param password        password of {@code user}
 * @param token           API token sent as {@code Authorization: Token ...} (2.x/3.x), or null
 * @param createDatabase  create the database on open when it is missing (needs admin rights on 1.x)
 * @param connectTimeout  TCP connect timeout; short, so an unreachable server fails fast
 * @param readTimeout     time allowed for one query or write response
 */
public record InfluxConfig(String url, String database, String retentionPolicy, String user, String password,
                           String token, boolean createDatabase, Duration connectTimeout, Duration readTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

    public InfluxConfig {
        Objects.requireNonNull(url, "url");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("InfluxDB database name must not be blank, got '" + database + "'");
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    }

    /** Unauthenticated access to {@code database}, created when missing. */
    public static InfluxConfig of(String url, String database) {
        return new InfluxConfig(url, database, null, null, null, null, true, null, null);
    }

    /** The InfluxDB part of a validated {@link StoreConfig}; the database is created when missing. */
    public static InfluxConfig from(StoreConfig c) {
        return new InfluxConfig(c.influxUrl(), c.database(), c.retentionPolicy(), c.user(), c.password(), c.token(),
                true, null, null);
    }

    public InfluxConfig withCredentials(String newUser, String newPassword) {
        return new InfluxConfig(url, database, retentionPolicy, newUser, newPassword, token, createDatabase,
                connectTimeout, readTimeout);
    }

    public InfluxConfig withRetentionPolicy(String rp) {
        return new InfluxConfig(url, database, rp, user, password, token, createDatabase, connectTimeout,
                readTimeout);
    }

    /** Where the store is, for messages: URL and database, never credentials. */
    public String location() {
        return url + " (database " + database + (retentionPolicy == null ? "" : ", retention policy "
                + retentionPolicy) + ")";
    }

    @Override
    public String toString() {
        return "InfluxConfig[url=" + url + ", database=" + database + ", retentionPolicy=" + retentionPolicy
                + ", user=" + user + ", password=" + (password == null ? null : "****")
                + ", token=" + (token == null ? null : "****") + ", createDatabase=" + createDatabase + "]";
    }
}
