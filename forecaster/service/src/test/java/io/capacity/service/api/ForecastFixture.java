package io.capacity.service.api;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Four weeks of hourly CPU with a daily cycle for hosts in two clusters, written into a real store, and the HTTP
 * calls the forecasts tests make.
 */
final class ForecastFixture {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** host, cluster */
    static final String[][] HOSTS = {{"web1", "c1"}, {"web2", "c1"}, {"db1", "c2"}};

    private ForecastFixture() {
    }

    static void write(MetricStore store, Instant end) {
        long seed = 1;
        for (String[] h : HOSTS) {
            SplittableRandom rnd = new SplittableRandom(seed++);
            List<Point> points = new ArrayList<>();
            Instant t = end.minus(Duration.ofDays(28));
            for (int i = 0; t.isBefore(end); i++, t = t.plus(Duration.ofHours(1))) {
                points.add(point(h[0], h[1], 40 + 20 * Math.sin(2 * Math.PI * (i % 24) / 24) + 3 * rnd.nextDouble(),
                        t));
            }
            store.write(points);
        }
    }

    static Point point(String host, String cluster, double value, Instant t) {
        TreeMap<String, String> tags = new TreeMap<>();
        tags.put("cpu", "cpu-total");
        tags.put("host", host);
        tags.put("cluster", cluster);
        TreeMap<String, Number> fields = new TreeMap<>();
        fields.put("usage_user", value);
        return new Point("cpu", tags, fields, t.getEpochSecond() * 1_000_000_000L + t.getNano());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A {@code timestamp,value} CSV of {@code n} hourly values with a daily cycle from {@code start}. */
    static String csv(Instant start, int n) {
        StringBuilder sb = new StringBuilder("timestamp,value\n");
        for (int i = 0; i < n; i++) {
            sb.append(start.plus(Duration.ofHours(i))).append(',')
                    .append(50 + 10 * Math.sin(2 * Math.PI * (i % 24) / 24)).append('\n');
        }
        return sb.toString();
    }
}
