package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import io.capacity.store.io.ExportOptions;
import io.capacity.store.open.Stores;
import io.capacity.testkit.InfluxdServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What serve, the embedded store and influxd hold, as {@link BufferedPoints#key} strings (or series keys), so that
 * the crash tests can compare them with what a disk buffer held.
 */
final class PointKeys {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PointKeys() {
    }

    /** The series keys {@code GET /api/v1/series} lists. */
    static Set<String> listed(ServeChild serve) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(serve.baseUrl() + "/api/v1/series"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Set<String> keys = new TreeSet<>();
        JSON.readTree(r.body()).forEach(s -> keys.add(s.path("key").asString()));
        return keys;
    }

    /** Every point of the embedded store under {@code data}, as {@link BufferedPoints#key} strings. */
    static Set<String> stored(Path data) {
        Set<String> keys = new TreeSet<>();
        try (MetricStore store = Stores.open(StoreConfig.embedded(data))) {
            for (SeriesKey k : store.series(SeriesFilter.all())) {
                SeriesData d = store.read(SeriesQuery.raw(k, ExportOptions.EARLIEST, ExportOptions.LATEST));
                for (int i = 0; i < d.size(); i++) {
                    keys.add(BufferedPoints.key(k.toString(), d.timeNanos(i)));
                }
            }
        }
        return keys;
    }

    static long influxCount(InfluxdServer influxd, String db) throws IOException, InterruptedException {
        JsonNode values = query(influxd, db, "SELECT count(usage_idle) FROM cpu").path(0).path("values");
        return values.path(0).path(1).asLong(0);
    }

    /** Every value influxd holds from {@code from} to {@code to}, as {@link BufferedPoints#key} strings. */
    static Set<String> influxKeys(InfluxdServer influxd, String db, long from, long to)
            throws IOException, InterruptedException {
        Set<String> keys = new TreeSet<>();
        for (JsonNode series : query(influxd, db, "SELECT * FROM /.*/ WHERE time >= " + from + " AND time <= " + to
                + " GROUP BY *")) {
            Map<String, String> tags = new TreeMap<>();
            series.path("tags").properties().forEach(t -> {
                if (!t.getValue().asString().isEmpty()) {   // a tag key this series lacks comes back as ""
                    tags.put(t.getKey(), t.getValue().asString());
                }
            });
            JsonNode columns = series.path("columns");
            for (JsonNode row : series.path("values")) {
                for (int c = 1; c < columns.size(); c++) {
                    if (!row.path(c).isNull()) {
                        String key = SeriesKey.of(series.path("name").asString(), tags, columns.path(c).asString())
                                .toString();
                        keys.add(BufferedPoints.key(key, row.path(0).asLong()));
                    }
                }
            }
        }
        return keys;
    }

    static JsonNode query(InfluxdServer influxd, String db, String q) throws IOException,
            InterruptedException {
        String uri = influxd.url() + "/query?epoch=ns&db=" + db + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path(0).path("series");
    }
}
