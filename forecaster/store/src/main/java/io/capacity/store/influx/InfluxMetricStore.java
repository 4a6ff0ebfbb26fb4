package io.capacity.store.influx;

import io.capacity.schema.LineProtocolBytes;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.IntegerPoints;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.StatePoints;
import io.capacity.store.SeriesFilter;
import io.capacity.store.PartialWriteException;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreException;
import io.capacity.store.StoreHealth;
import io.capacity.store.common.Nanos;
import io.capacity.store.common.RateReads;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.influxdb.dto.Pong;
import org.influxdb.dto.QueryResult;

/**
 * {@link MetricStore} over InfluxDB's v1 HTTP API only ({@code /ping}, {@code /write}, {@code /query}), so it works
 * with InfluxDB 1.x and with the v1-compatible endpoints of 2.x and 3.x.
 *
 * <p>Writes go out as line protocol in requests of {@link #WRITE_CHUNK} points. InfluxDB has no multi-request
 * transaction: if a later request fails, earlier ones are stored; since writes are idempotent, retrying the whole
 * batch is safe.
 *
 * <p>Series are listed from {@link SeriesListCache}, read again in the background every
 * {@code timeouts().seriesRefresh()}, so a listing costs no query; every call to influxd is bounded by the
 * configured timeouts, and {@link #health()} only pings, under its own short limit.
 */
public final class InfluxMetricStore implements MetricStore {
    /** Points per HTTP write request; well below influxd's default 25 MB body limit. */
    public static final int WRITE_CHUNK = 10_000;

    private final InfluxConfig config;
    private final InfluxClient client;
    private final InfluxReads reads;
    private final InfluxIntegerReads integerReads;
    private final SeriesListCache seriesList;

    private InfluxMetricStore(InfluxConfig config, InfluxClient client) {
        this.config = config;
        this.client = client;
        this.reads = new InfluxReads(client, config.retentionPolicy());
        this.integerReads = new InfluxIntegerReads(config);
        this.seriesList = new SeriesListCache(() -> InfluxSeriesList.list(client, config.retentionPolicy()),
                config.timeouts().seriesRefresh(), Clock.systemUTC(), "InfluxDB at " + config.location());
    }

    /**
     * Connects, pings, checks the credentials with one query and creates the database when it is missing and
     * allowed. Fails fast with a one-line {@link StoreException} saying why.
     */
    public static InfluxMetricStore open(InfluxConfig config) {
        InfluxClient client = new InfluxClient(config);
        try {
            client.ping();
            ensureDatabase(client, config);
            return new InfluxMetricStore(config, client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static void ensureDatabase(InfluxClient client, InfluxConfig config) {
        boolean exists = false;
        for (QueryResult.Series s : client.query("SHOW DATABASES", false, "checking credentials and database")) {
            for (List<Object> row : InfluxRows.rows(s)) {
                exists |= config.database().equals(row.get(0));
            }
        }
        if (exists) {
            return;
        }
        if (!config.createDatabase()) {
            throw new StoreException("InfluxDB at " + config.location() + ": database does not exist; create it or "
                    + "set CAPACITY_INFLUX_DB to an existing one");
        }
        client.query("CREATE DATABASE " + InfluxQl.ident(config.database()), true, "creating the database");
    }

    @Override
    public String kind() {
        return "influxdb";
    }

    @Override
    public void write(List<Point> points) {
        LineProtocolBytes body = new LineProtocolBytes(Math.min(points.size(), WRITE_CHUNK) * 80);
        long sent = 0;
        for (Point p : points) {
            body.appendLine(p);
            if (body.lineCount() == WRITE_CHUNK) {
                sent += post(body, points.size(), sent);
                body.clear();
            }
        }
        if (body.lineCount() > 0) {
            post(body, points.size(), sent);
        }
        seriesList.written(points);
    }

    // influxd 1.x answers a request with refused points 400 "partial write: ... dropped=N" and stores the others;
    // the requests sent before are stored too. The exception says how many points of this write call are stored.
    private int post(LineProtocolBytes body, int batch, long sent) {
        try {
            client.write(body.array(), body.length(), body.lineCount(), "writing " + batch + " points");
            return body.lineCount();
        } catch (StoreException e) {
            java.util.regex.Matcher dropped = PARTIAL.matcher(String.valueOf(e.getMessage()));
            long kept = dropped.find() ? Math.max(0, body.lineCount() - Long.parseLong(dropped.group(1))) : 0;
            if (sent + kept == 0) {
                throw e;
            }
            throw new PartialWriteException(e.getMessage(), sent + kept, e);
        }
    }

    private static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile(
            "partial write:.*dropped=(\\d+)");

    @Override
    public IntegerPoints readIntegers(SeriesKey key, Instant from, Instant to) {
        return integerReads.read(key, Nanos.of(from), Nanos.of(to));
    }

    /** One query: states are a point per run at most (a criticality per cluster and hour), not paged. */
    @Override
    public StatePoints readStates(SeriesKey key, Instant from, Instant to) {
        String tags = InfluxQl.tagConditions(key.tags());
        String q = "SELECT " + InfluxQl.ident(key.field()) + "::field FROM "
                + InfluxQl.source(config.retentionPolicy(), key.measurement()) + " WHERE "
                + (tags.isEmpty() ? "" : tags + " AND ") + InfluxQl.timeRange(Nanos.of(from), Nanos.of(to))
                + " GROUP BY *";
        QueryResult.Series s = InfluxRows.exact(client.query(q, false, "raw read of " + key), key);
        List<Long> times = new java.util.ArrayList<>();
        List<Object> values = new java.util.ArrayList<>();
        for (List<Object> row : s == null ? List.<List<Object>>of() : InfluxRows.rows(s)) {
            if (row.get(1) instanceof Boolean || row.get(1) instanceof String) {
                times.add(InfluxRows.timeNanos(row.get(0)));
                values.add(row.get(1));
            }
        }
        return new StatePoints(key, times.stream().mapToLong(Long::longValue).toArray(), values);
    }

    @Override
    public SeriesData read(SeriesQuery query) {
        return RateReads.read(query, reads::read);
    }

    @Override
    public List<SeriesKey> series(SeriesFilter filter) {
        return seriesList.list(filter);
    }

    /** When the series list now served was read from influxd; empty before the first listing. */
    @Override
    public Optional<Instant> seriesListedAt() {
        return seriesList.asOf();
    }

    /** InfluxDB 1.x types fields per measurement ({@code SHOW FIELD KEYS}), which holds for each of its series. */
    @Override
    public boolean storedAsInteger(SeriesKey key) {
        String q = "SHOW FIELD KEYS FROM " + InfluxQl.source(config.retentionPolicy(), key.measurement());
        for (QueryResult.Series s : client.query(q, false, "reading field types")) {
            for (List<Object> row : InfluxRows.rows(s)) {
                if (key.field().equals(row.get(0))) {
                    return "integer".equals(row.get(1));
                }
            }
        }
        return false;
    }

    @Override
    public StoreHealth health() {
        Map<String, Object> details = new TreeMap<>(seriesList.status());
        details.put("database", config.database());
        try {
            Pong pong = client.healthPing();
            details.put("version", String.valueOf(pong.getVersion()));
            details.put("pingMillis", pong.getResponseTime());
            return new StoreHealth(true, kind(), config.location(), details);
        } catch (RuntimeException e) {
            details.put("error", String.valueOf(e.getMessage()));
            return new StoreHealth(false, kind(), config.location(), details);
        }
    }

    /** Settings this store runs with (secrets masked by their toString). */
    public InfluxConfig config() {
        return config;
    }

    @Override
    public void close() {
        seriesList.close();
        client.close();
    }

    @Override
    public String toString() {
        return "InfluxMetricStore[" + config.location() + "]";
    }
}
