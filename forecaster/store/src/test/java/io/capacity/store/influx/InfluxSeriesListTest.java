package io.capacity.store.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.InfluxTimeouts;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreHealth;
import io.capacity.testkit.InfluxdServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Listing series on InfluxDB answers from a list kept in memory and read again in the background: no query per
 * listing (counted by influxd itself), the store's own writes listed at once, other writers' series within the
 * refresh, and a failed refresh keeps the last good list and says how old it is.
 */
class InfluxSeriesListTest {
    private static final long T0 = 1_700_000_000L * 1_000_000_000L;

    @Test
    void listingAgainAsksInfluxdNothing() throws Exception {
        try (InfluxdServer influxd = InfluxdServer.create().start();
             InfluxMetricStore store = InfluxMetricStore.open(InfluxConfig.of(influxd.url(), "lists"))) {
            store.write(List.of(Point.of("cpu", Map.of("host", "a"), "usage_idle", 90.0, T0),
                    Point.of("mem", Map.of("host", "a"), "used_percent", 40.0, T0)));
            assertEquals(2, store.series(SeriesFilter.all()).size());
            long before = queriesExecuted(influxd);
            for (int i = 0; i < 100; i++) {
                assertEquals(1, store.series(SeriesFilter.measurement(i % 2 == 0 ? "cpu" : "mem")).size());
            }
            long during = queriesExecuted(influxd) - before;
            assertTrue(during <= 2, "100 listings ran " + during + " queries on influxd (1 is the stats query)");
        }
    }

    @Test
    void ownWritesAtOnceOtherWritersWithinTheRefreshAndAFailedRefreshKeepsTheList() throws Exception {
        InfluxTimeouts fast = new InfluxTimeouts(null, null, Duration.ofMillis(300));
        SeriesKey a = new SeriesKey("cpu", Point.tagMap(Map.of("host", "a")), "usage_idle");
        SeriesKey b = new SeriesKey("cpu", Point.tagMap(Map.of("host", "b")), "usage_idle");
        SeriesKey c = new SeriesKey("cpu", Point.tagMap(Map.of("host", "c")), "usage_user");
        try (InfluxdServer influxd = InfluxdServer.create().start();
             InfluxMetricStore store = InfluxMetricStore.open(InfluxConfig.of(influxd.url(), "lists")
                     .withTimeouts(fast))) {
            store.write(List.of(Point.of("cpu", Map.of("host", "a"), "usage_idle", 90.0, T0)));
            assertEquals(List.of(a), store.series(SeriesFilter.all()));
            store.write(List.of(Point.of("cpu", Map.of("host", "b"), "usage_idle", 80.0, T0)));
            assertEquals(List.of(a, b), store.series(SeriesFilter.all()), "this store's write is listed at once");

            rawWrite(influxd.url(), "lists", "cpu,host=c usage_user=5 " + T0);
            awaitListed(store, List.of(a, b, c));

            influxd.stop();
            Thread.sleep(1_000);
            assertEquals(List.of(a, b, c), store.series(SeriesFilter.all()), "the last good list");
            StoreHealth down = store.health();
            assertFalse(down.up());
            String error = String.valueOf(down.details().get("seriesListError"));
            assertTrue(error.contains("listing series failed: connection refused"), error);
            String listed = String.valueOf(down.details().get("seriesList"));
            assertTrue(listed.matches("3 series as of \\S+ \\(\\d+ s old, refreshed every 300 ms\\)"), listed);

            influxd.start();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (store.health().details().containsKey("seriesListError") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(store.health().details().containsKey("seriesListError"), "the refresh works again");
        }
    }

    private static void awaitListed(InfluxMetricStore store, List<SeriesKey> expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!store.series(SeriesFilter.all()).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(expected, store.series(SeriesFilter.all()), "another writer's series within the refresh");
    }

    private static long queriesExecuted(InfluxdServer influxd) throws Exception {
        String body = InfluxAdmin.post(influxd.url(), "SHOW STATS FOR 'queryExecutor'", null, null);
        Matcher m = Pattern.compile("\"queriesExecuted\".*?\\[\\[\\d+,(\\d+)").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    private static void rawWrite(String url, String db, String line) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "/write?db=" + db)).POST(HttpRequest.BodyPublishers.ofString(line)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode(), r.body());
    }
}
