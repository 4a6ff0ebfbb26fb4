package io.capacity.store.influx;

import io.capacity.store.InfluxTimeouts;
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
 * @param timeouts        connect and read timeouts of every call, the series list's refresh; null for the defaults
 */
public record InfluxConfig(String url, String database, String retentionPolicy, String user, String password,
                           String token, boolean createDatabase, InfluxTimeouts timeouts) {

    /** With connect and read timeouts (null for their defaults) and the default series refresh. */
    public InfluxConfig(String url, String database, String retentionPolicy, String user, String password,
                        String token, boolean createDatabase, Duration connectTimeout, Duration readTimeout) {
        this(url, database, retentionPolicy, user, password, token, createDatabase,
                new InfluxTimeouts(connectTimeout, readTimeout, null));
    }

    public InfluxConfig {
        Objects.requireNonNull(url, "url");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("InfluxDB database name must not be blank, got '" + database + "'");
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        timeouts = timeouts == null ? InfluxTimeouts.DEFAULTS : timeouts;
    }

    /** Unauthenticated access to {@code database}, created when missing. */
    public static InfluxConfig of(String url, String database) {
        return new InfluxConfig(url, database, null, null, null, null, true, InfluxTimeouts.DEFAULTS);
    }

    /** The InfluxDB part of a validated {@link StoreConfig}; the database is created when missing. */
    public static InfluxConfig from(StoreConfig c) {
        return new InfluxConfig(c.influxUrl(), c.database(), c.retentionPolicy(), c.user(), c.password(), c.token(),
                true, c.timeouts());
    }

    public InfluxConfig withCredentials(String newUser, String newPassword) {
        return new InfluxConfig(url, database, retentionPolicy, newUser, newPassword, token, createDatabase,
                timeouts);
    }

    public InfluxConfig withRetentionPolicy(String rp) {
        return new InfluxConfig(url, database, rp, user, password, token, createDatabase, timeouts);
    }

    public InfluxConfig withTimeouts(InfluxTimeouts t) {
        return new InfluxConfig(url, database, retentionPolicy, user, password, token, createDatabase, t);
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
                + ", token=" + (token == null ? null : "****") + ", createDatabase=" + createDatabase
                + ", timeouts=" + timeouts + "]";
    }
}
