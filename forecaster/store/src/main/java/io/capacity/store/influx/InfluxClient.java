package io.capacity.store.influx;

import io.capacity.collectors.delivery.InfluxEndpoint;
import io.capacity.collectors.delivery.InfluxLineProtocolSink;
import io.capacity.collectors.delivery.SinkException;
import io.capacity.store.StoreException;
import io.capacity.store.InfluxTimeouts;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBException;
import org.influxdb.InfluxDBFactory;
import org.influxdb.InfluxDBIOException;
import org.influxdb.dto.Pong;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;

/**
 * The adapter's only contact with InfluxDB: v1 {@code /ping} and {@code /query} (InfluxQL) through influxdb-java,
 * and {@code /write} through the collectors' {@link InfluxLineProtocolSink}, which posts line-protocol bytes as
 * they are (influxdb-java would join, re-encode and copy every batch), so the agent and the store write the same
 * way. Every failure is wrapped here, once, into a {@link StoreException} that names the URL and database (never
 * credentials) and what was being done.
 *
 * <p>Every call is bounded: a connect timeout, a read timeout, and a whole-call limit of connect + read, so a frozen
 * server (one that accepts connections and never answers) fails the call instead of hanging it. Health pings have
 * their own, shorter limit ({@link InfluxTimeouts#health()}).
 */
final class InfluxClient implements AutoCloseable {
    private final InfluxConfig config;
    private final InfluxDB influx;
    private final InfluxDB health;
    private final InfluxLineProtocolSink writer;

    InfluxClient(InfluxConfig config) {
        this.config = config;
        InfluxTimeouts t = config.timeouts();
        this.influx = connect(config, t.connect(), t.read(), t.connect().plus(t.read()));
        Duration h = t.health();
        this.health = connect(config, t.connect().compareTo(h) < 0 ? t.connect() : h, h, h);
        // The store creates its database on open (or refuses), so the writer never does.
        this.writer = new InfluxLineProtocolSink(new InfluxEndpoint(URI.create(config.url()), config.database(),
                config.retentionPolicy(), config.user(), config.password(), config.token(), t.read(), false));
    }

    private static InfluxDB connect(InfluxConfig config, Duration connect, Duration read, Duration call) {
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(call.toMillis(), TimeUnit.MILLISECONDS);
        if (config.token() != null) {
            String header = "Token " + config.token();
            http.addInterceptor(chain -> chain.proceed(
                    chain.request().newBuilder().header("Authorization", header).build()));
        }
        // Basic auth goes in a header (influxdb-java's interceptor), so credentials never appear in URLs or logs.
        return config.user() != null
                ? InfluxDBFactory.connect(config.url(), config.user(), config.password(), http)
                : InfluxDBFactory.connect(config.url(), http);
    }

    Pong ping() {
        return ping(influx, "ping", config.timeouts().read());
    }

    /** A ping under the health limit, for health checks: never waits longer than {@link InfluxTimeouts#health()}. */
    Pong healthPing() {
        return ping(health, "health check", config.timeouts().health());
    }

    private Pong ping(InfluxDB client, String what, Duration deadline) {
        try {
            Pong pong = client.ping();
            if (!pong.isGood()) {
                throw new StoreException(prefix(what) + "no valid /ping answer (is this an InfluxDB server?)");
            }
            return pong;
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(prefix(what) + reason(e, deadline), e);
        }
    }

    /** Runs one InfluxQL statement against the database and returns its series; statement errors throw. */
    List<QueryResult.Series> query(String influxQl, boolean post, String what) {
        QueryResult result;
        try {
            result = influx.query(new Query(influxQl, config.database(), post));
        } catch (RuntimeException e) {
            throw wrap(what, e);
        }
        if (result.hasError()) {
            throw new StoreException(prefix(what) + result.getError());
        }
        if (result.getResults() == null || result.getResults().isEmpty()) {
            return List.of();
        }
        QueryResult.Result r = result.getResults().get(0);
        if (r.hasError()) {
            throw new StoreException(prefix(what) + r.getError());
        }
        return r.getSeries() == null ? List.of() : r.getSeries();
    }

    /** POSTs {@code lines} newline-separated line-protocol lines held in {@code body[0, length)}. */
    void write(byte[] body, int length, int lines, String what) {
        try {
            writer.writeLineProtocol(body, length, lines);
        } catch (SinkException e) {
            String m = e.getMessage();
            String hint = m.contains(" answered 401") || m.contains(" answered 403")
                    ? "; check CAPACITY_INFLUX_USER/PASSWORD or CAPACITY_INFLUX_TOKEN" : "";
            throw new StoreException(prefix(what) + m + hint, e);
        }
    }

    StoreException wrap(String what, RuntimeException e) {
        if (e instanceof StoreException se) {
            return se;
        }
        return new StoreException(prefix(what) + reason(e, config.timeouts().read()), e);
    }

    private String prefix(String what) {
        return "InfluxDB at " + config.location() + ": " + what + " failed: ";
    }

    private String reason(RuntimeException e, Duration deadline) {
        if (e instanceof InfluxDBException.AuthorizationFailedException) {
            return "credentials rejected (" + oneLine(e.getMessage())
                    + "); check CAPACITY_INFLUX_USER/PASSWORD or CAPACITY_INFLUX_TOKEN";
        }
        Throwable cause = e instanceof InfluxDBIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ConnectException) {
            return "connection refused; is InfluxDB running and is CAPACITY_INFLUX_URL right?";
        }
        if (cause instanceof SocketTimeoutException && String.valueOf(cause.getMessage())
                .toLowerCase(java.util.Locale.ROOT).contains("connect")) {
            return "could not connect within " + seconds(config.timeouts().connect())
                    + "; is InfluxDB running? (limit: --influx-connect-timeout or CAPACITY_INFLUX_CONNECT_TIMEOUT)";
        }
        if (cause instanceof InterruptedIOException) {
            // A read timeout (SocketTimeoutException) or the whole-call limit (InterruptedIOException "timeout").
            return "no answer within " + seconds(deadline) + "; InfluxDB is frozen or overloaded"
                    + (deadline.equals(config.timeouts().read())
                    ? " (limit: --influx-read-timeout or CAPACITY_INFLUX_READ_TIMEOUT)" : "");
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host " + oneLine(cause.getMessage());
        }
        String msg = oneLine(cause.getMessage());
        if (msg.contains("authorization failed") || msg.contains("unable to parse authentication credentials")
                || msg.contains("authentication required")) {
            return "credentials rejected (" + msg + "); check CAPACITY_INFLUX_USER/PASSWORD or CAPACITY_INFLUX_TOKEN";
        }
        return cause.getClass().getSimpleName() + ": " + msg;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String oneLine(String s) {
        return s == null ? "(no message)" : s.replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        influx.close();
        health.close();
    }
}
