package io.capacity.collectors.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An InfluxDB 1.x-compatible write endpoint ({@code /write}, {@code /query}); InfluxDB 2.x/3.x serve the same
 * through their v1 compatibility API with a token.
 *
 * @param username optional; with {@code password} sent as HTTP basic auth
 * @param token    optional; sent as {@code Authorization: Token ...} (InfluxDB 2.x/3.x)
 */
public record InfluxEndpoint(URI url, String database, String retentionPolicy, String username, String password,
                           String token, Duration timeout, boolean createDatabase) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public InfluxEndpoint {
        Objects.requireNonNull(url, "influx url");
        Objects.requireNonNull(timeout, "influx timeout");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("influx database must not be empty");
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("influx url must be http or https, got " + url);
        }
    }

    public static InfluxEndpoint of(URI url, String database) {
        return new InfluxEndpoint(url, database, null, null, null, null, DEFAULT_TIMEOUT, true);
    }

    /** Never prints credentials: this record ends up in logs and error messages. */
    @Override
    public String toString() {
        return "InfluxEndpoint[url=" + url + ", database=" + database + ", retentionPolicy=" + retentionPolicy
                + ", username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", token=" + (token == null ? "none" : "***") + ", timeout=" + timeout + "]";
    }
}
