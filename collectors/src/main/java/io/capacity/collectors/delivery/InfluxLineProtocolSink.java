package io.capacity.collectors.delivery;

import io.capacity.schema.LineProtocolBytes;
import io.capacity.schema.Point;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs line protocol to InfluxDB's v1 {@code /write?db=...&precision=ns}. A missing database is created once
 * ({@code CREATE DATABASE} is idempotent). 5xx, timeouts and connection errors are retryable; 400 (bad line,
 * field type conflict, partial write) is not, because the same bytes will be refused again.
 */
public final class InfluxLineProtocolSink implements PointSink {
    private static final Logger LOG = LoggerFactory.getLogger(InfluxLineProtocolSink.class);
    private static final String LINE_PROTOCOL = "text/plain; charset=utf-8";

    private final InfluxEndpoint config;
    private final HttpClient http;
    private final URI writeUri;
    private final String authorization;

    public InfluxLineProtocolSink(InfluxEndpoint config) {
        this.config = config;
        // Plain http stays HTTP/1.1: influxd does not speak h2c, and the JDK's default would otherwise put h2c
        // upgrade headers on every write. Over https, HTTP/2 is still negotiated where the server offers it.
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(config.timeout());
        if ("http".equals(config.url().getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        this.http = b.build();
        String base = config.url().toString().replaceAll("/+$", "");
        String rp = config.retentionPolicy() == null ? "" : "&rp=" + enc(config.retentionPolicy());
        this.writeUri = URI.create(base + "/write?db=" + enc(config.database()) + rp + "&precision=ns");
        this.authorization = authorization(config);
    }

    private static String authorization(InfluxEndpoint c) {
        if (c.token() != null && !c.token().isBlank()) {
            return "Token " + c.token();
        }
        if (c.username() != null && !c.username().isBlank()) {
            String pw = c.password() == null ? "" : c.password();
            return "Basic " + Base64.getEncoder().encodeToString((c.username() + ":" + pw)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    @Override
    public void write(List<Point> points) throws SinkException {
        LineProtocolBytes out = new LineProtocolBytes(points.size() * 96);
        for (Point p : points) {
            out.appendLine(p);
        }
        writeLineProtocol(out.array(), out.length(), out.lineCount());
    }

    @Override
    public void writeLines(List<String> lines) throws SinkException {
        if (!lines.isEmpty()) {
            byte[] body = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            writeLineProtocol(body, body.length, lines.size());
        }
    }

    /** POSTs the bytes as they are: no decode, join or re-encode per batch. */
    @Override
    public void writeLineProtocol(byte[] text, int length, int lines) throws SinkException {
        if (lines > 0) {
            writeBody(HttpRequest.BodyPublishers.ofByteArray(text, 0, length));
        }
    }

    /** POSTs the disk buffer's read buffer itself: a direct buffer goes to the socket without a copy. */
    @Override
    public void writeLineProtocol(ByteBuffer text, int lines) throws SinkException {
        if (lines > 0) {
            writeBody(new ByteBufferBody(text));
        }
    }

    private void writeBody(HttpRequest.BodyPublisher body) throws SinkException {
        HttpResponse<String> r = post(writeUri, body, LINE_PROTOCOL);
        if (r.statusCode() == 404 && r.body().contains("database not found") && config.createDatabase()) {
            createDatabase();
            r = post(writeUri, body, LINE_PROTOCOL);
        }
        if (r.statusCode() / 100 == 2) {
            return;
        }
        String msg = "InfluxDB " + config.url() + " answered " + r.statusCode() + ": " + abbreviate(r.body());
        boolean retryable = r.statusCode() != 400;
        throw new SinkException(msg, retryable);
    }

    /** Creates the configured database (a no-op when it exists). */
    public void createDatabase() throws SinkException {
        String q = "CREATE DATABASE \"" + config.database().replace("\"", "\\\"") + "\"";
        URI uri = URI.create(config.url().toString().replaceAll("/+$", "") + "/query");
        HttpResponse<String> r = post(uri, HttpRequest.BodyPublishers.ofString("q=" + enc(q)),
                "application/x-www-form-urlencoded");
        if (r.statusCode() / 100 != 2) {
            throw new SinkException("cannot create database " + config.database() + ": " + r.statusCode() + " "
                    + abbreviate(r.body()), r.statusCode() != 400);
        }
        LOG.info("created InfluxDB database {} at {}", config.database(), config.url());
    }

    private HttpResponse<String> post(URI uri, HttpRequest.BodyPublisher body, String contentType)
            throws SinkException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Content-Type", contentType).POST(body);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SinkException("cannot reach InfluxDB at " + config.url() + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException("interrupted writing to InfluxDB", true, e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
