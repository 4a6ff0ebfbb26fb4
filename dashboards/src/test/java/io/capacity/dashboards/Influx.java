package io.capacity.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * InfluxDB 1.x's {@code /query} as Grafana's datasource calls it ({@code GET}, {@code db}, {@code q},
 * {@code epoch=ms}), with the answer read into statements and series; and {@code /write} for line protocol.
 */
final class Influx {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String db;

    Influx(String url, String db) {
        this.url = url;
        this.db = db;
    }

    /** One series of a statement's answer. */
    record Series(String name, Map<String, String> tags, List<String> columns, List<List<Object>> values) {
        /** Rows with at least one non-null value besides time. */
        long filledRows() {
            return values.stream().filter(r -> r.stream().skip(1).anyMatch(v -> v != null)).count();
        }

        /** Times (ms) of the rows where column {@code c} is not null. */
        List<Long> timesOf(String c) {
            int k = columns.indexOf(c);
            List<Long> out = new ArrayList<>();
            for (List<Object> r : values) {
                if (k >= 0 && r.get(k) != null && r.get(0) instanceof Number t) {
                    out.add(t.longValue());
                }
            }
            return out;
        }
    }

    /** One statement's answer: an error, or its series. */
    record Statement(String error, List<Series> series) {
    }

    Statement query(String q) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/query?db=" + enc(db)
                + "&epoch=ms&q=" + enc(q))).GET());
        if (r.statusCode() != 200) {
            return new Statement("HTTP " + r.statusCode() + ": " + r.body(), List.of());
        }
        JsonNode st = Dashboards.JSON.readTree(r.body()).path("results").path(0);
        if (st.has("error")) {
            return new Statement(st.path("error").asString(), List.of());
        }
        List<Series> out = new ArrayList<>();
        for (JsonNode s : st.path("series")) {
            Map<String, String> tags = new TreeMap<>();
            s.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
            List<String> cols = new ArrayList<>();
            s.path("columns").forEach(c -> cols.add(c.asString()));
            List<List<Object>> rows = new ArrayList<>();
            for (JsonNode row : s.path("values")) {
                List<Object> vals = new ArrayList<>();
                row.forEach(v -> vals.add(v.isNull() ? null : v.isNumber() ? v.numberValue()
                        : v.isBoolean() ? v.booleanValue() : v.asString()));
                rows.add(vals);
            }
            out.add(new Series(s.path("name").asString(), tags, cols, rows));
        }
        return new Statement(null, out);
    }

    /** Creates the database (a command InfluxDB takes by POST only). */
    void createDatabase() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/query?q="
                + enc("CREATE DATABASE \"" + db + "\""))).POST(HttpRequest.BodyPublishers.noBody()));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("influxd refused CREATE DATABASE: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /** Line protocol as is (for what {@code Point} cannot hold: booleans and strings). */
    void write(List<String> lines) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/write?db=" + enc(db)
                + "&precision=ns")).POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines))));
        if (r.statusCode() != 204) {
            throw new IllegalStateException("influxd refused the write: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
