package io.capacity.store.influx;

import io.capacity.collectors.delivery.InfluxLineProtocolSink;
import io.capacity.collectors.delivery.SinkException;
import io.capacity.store.StoreException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
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
 */
final class InfluxClient implements AutoCloseable {
    private final InfluxConfig config;
    private final InfluxDB influx;
    private final InfluxLineProtocolSink writer;

    InfluxClient(InfluxConfig config) {
        this.config = config;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (config.token() != null) {
            String header = "Token " + config.token();
            http.addInterceptor(chain -> chain.proceed(
                    chain.request().newBuilder().header("Authorization", header).build()));
        }
        // Basic auth goes in a header (influxdb-java's interceptor), so credentials never appear in URLs or logs.
        this.influx = config.user() != null
                ? InfluxDBFactory.connect(config.url(), config.user(), config.password(), http)
                : InfluxDBFactory.connect(config.url(), http);
        // The store creates its database on open (or refuses), so the writer never does.
        this.writer = new InfluxLineProtocolSink(new io.capacity.collectors.delivery.InfluxConfig(
                URI.create(config.url()), config.database(), config.retentionPolicy(), config.user(),
                config.password(), config.token(), config.readTimeout(), false));
    }

    Pong ping() {
        try {
            Pong pong = influx.ping();
            if (!pong.isGood()) {
                throw new StoreException(prefix("ping") + "no valid /ping answer (is this an InfluxDB server?)");
            }
            return pong;
        } catch (RuntimeException e) {
            throw wrap("ping", e);
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
        return new StoreException(prefix(what) + reason(e), e);
    }

    private String prefix(String what) {
        return "InfluxDB at " + config.location() + ": " + what + " failed: ";
    }

    private String reason(RuntimeException e) {
        if (e instanceof InfluxDBException.AuthorizationFailedException) {
            return "credentials rejected (" + oneLine(e.getMessage())
                    + "); check CAPACITY_INFLUX_USER/PASSWORD or CAPACITY_INFLUX_TOKEN";
        }
        Throwable cause = e instanceof InfluxDBIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ConnectException) {
            return "connection refused; is InfluxDB running and is CAPACITY_INFLUX_URL right?";
        }
        if (cause instanceof SocketTimeoutException) {
            return "no answer within " + config.connectTimeout().toMillis() + " ms (connect) / "
                    + config.readTimeout().toSeconds() + " s (read)";
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

    private static String oneLine(String s) {
        return s == null ? "(no message)" : s.replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        influx.close();
    }
}
