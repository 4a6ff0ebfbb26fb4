package io.capacity.bench.collect;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few InfluxDB calls the benchmarks make around the timed part: create a database, count what arrived. */
final class BenchInflux {
    private static final Pattern FIRST_VALUE = Pattern.compile("\"values\":\\[\\[\"[^\"]*\",(\\d+)");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    BenchInflux(String url) throws IOException {
        this.base = URI.create(url.replaceAll("/+$", ""));
        // Benchmarks push millions of points as fast as they can: never at anything but this machine.
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("benchmarks only write to a loopback influxd, got " + url);
        }
    }

    URI base() {
        return base;
    }

    URI writeUri(String db) {
        return URI.create(base + "/write?db=" + enc(db) + "&precision=ns");
    }

    void createDatabase(String db) throws IOException, InterruptedException {
        query("CREATE DATABASE \"" + db + "\"", null);
    }

    /** InfluxDB's count of field {@code v} in the benchmark measurement. */
    long countPoints(String db) throws IOException, InterruptedException {
        String body = query("SELECT count(v) FROM " + BenchPoints.MEASUREMENT, db);
        Matcher m = FIRST_VALUE.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private String query(String q, String db) throws IOException, InterruptedException {
        String form = "q=" + enc(q) + (db == null ? "" : "&db=" + enc(db));
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() / 100 != 2) {
            throw new IOException("InfluxQL '" + q + "' answered " + resp.statusCode() + ": " + resp.body());
        }
        return resp.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
