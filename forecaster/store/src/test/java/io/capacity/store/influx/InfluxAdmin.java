package io.capacity.store.influx;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Administrative InfluxQL over plain HTTP for test setup (users, dropping databases), outside the adapter. */
final class InfluxAdmin {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private InfluxAdmin() {
    }

    static String post(String baseUrl, String influxQl, String user, String password) throws Exception {
        String body = "q=" + URLEncoder.encode(influxQl, StandardCharsets.UTF_8)
                + (user == null ? "" : "&u=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&p=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.body().contains("\"error\"")) {
            throw new IllegalStateException("InfluxQL '" + influxQl + "' failed: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
