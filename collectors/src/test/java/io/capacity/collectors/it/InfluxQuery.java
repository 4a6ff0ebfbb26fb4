package io.capacity.collectors.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Runs InfluxQL against a test influxd and returns the raw JSON answer. */
public final class InfluxQuery {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private InfluxQuery() {
    }

    public static String run(String baseUrl, String db, String q) throws IOException, InterruptedException {
        return run(baseUrl, db, q, "");
    }

    /** As {@link #run(String, String, String)}, with times as epoch nanoseconds instead of RFC 3339 text. */
    public static String runEpochNanos(String baseUrl, String db, String q) throws IOException, InterruptedException {
        return run(baseUrl, db, q, "&epoch=ns");
    }

    private static String run(String baseUrl, String db, String q, String extra)
            throws IOException, InterruptedException {
        String uri = baseUrl + "/query?db=" + URLEncoder.encode(db, StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra;
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("query failed " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
