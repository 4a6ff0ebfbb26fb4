package io.capacity.store;

import io.capacity.store.forecast.StoredForecasts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.io.ExportFormat;
import io.capacity.store.io.Exporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link MetricStore} must show, run against each adapter by a subclass. Expected values are
 * written out by hand (not read from one store to check the other), so both stores are held to the same numbers.
 */
public abstract class MetricStoreContract {
    /** 2023-11-14T22:13:20Z, a multiple of 10 s and 20 s but not of 30 s or 60 s: window alignment shows. */
    protected static final long T0_SECONDS = 1_700_000_000L;
    protected static final long NS = 1_000_000_000L;

    protected MetricStore store;

    /** A store on fresh, empty storage. */
    protected abstract MetricStore openStore() throws Exception;

    protected abstract String expectedKind();

    @BeforeEach
    void openFreshStore() throws Exception {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    protected static SortedMap<String, String> tags(String... kv) {
        TreeMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Point.tagMap(m);
    }

    protected static Point point(String measurement, Map<String, String> tags, String field, Number v, long t) {
        return new Point(measurement, Point.tagMap(tags), new TreeMap<>(Map.of(field, v)), t);
    }

    protected static Instant at(long nanos) {
        return Instant.ofEpochSecond(0, nanos);
    }

    protected SeriesData raw(SeriesKey key, long fromNanos, long toNanos) {
        return store.read(SeriesQuery.raw(key, at(fromNanos), at(toNanos)));
    }

    @Test
    void keepsBooleanAndStringFieldsApartFromTheNumbers() {
        SortedMap<String, String> t = tags("cluster", "web", "dimension", "cpu");
        long t0 = T0_SECONDS * NS;
        TreeMap<String, Object> states = new TreeMap<>(Map.of("crosses", true, "criticality", "warn \"soon\" \\ ok"));
        store.write(List.of(new Point("capacity_headroom", t, new TreeMap<>(Map.of("headroom", 2.5)), t0, states),
                new Point("capacity_headroom", t, new TreeMap<>(Map.of("headroom", 3.0)), t0 + 10 * NS,
                        new TreeMap<>(Map.of("crosses", false, "criticality", "ok")))));
        // Written again at the same time: the last value is kept, as for numbers.
        store.write(List.of(new Point("capacity_headroom", t, new TreeMap<>(Map.of("headroom", 3.0)), t0 + 10 * NS,
                new TreeMap<>(Map.of("crosses", false, "criticality", "critical")))));
        SeriesKey crosses = new SeriesKey("capacity_headroom", t, "crosses");
        SeriesKey criticality = new SeriesKey("capacity_headroom", t, "criticality");
        StatePoints c = store.readStates(crosses, at(t0), at(t0 + 60 * NS));
        assertArrayEquals(new long[] {t0, t0 + 10 * NS}, c.timesNanos());
        assertEquals(List.of(true, false), c.values());
        StatePoints k = store.readStates(criticality, at(t0), at(t0 + 60 * NS));
        assertEquals(List.of("warn \"soon\" \\ ok", "critical"), k.values());
        assertEquals(0, store.readStates(criticality, at(t0 + NS), at(t0 + 5 * NS)).size());
        assertEquals(List.of(new SeriesKey("capacity_headroom", t, "headroom")),
                store.series(SeriesFilter.measurement("capacity_headroom")));
        assertArrayEquals(new double[] {2.5, 3.0}, raw(new SeriesKey("capacity_headroom", t, "headroom"), t0,
                t0 + 60 * NS).values());
    }

    @Test
    void remembersWhichSeriesWereWrittenAsIntegersAndExportsThemSo(@TempDir Path dir) throws Exception {
        SortedMap<String, String> tags = tags("host", "h1");
        long t = T0_SECONDS * NS;
        store.write(List.of(point("custom_meter", tags, "pulses", 42L, t), point("custom_meter", tags, "level", 0.5, t),
                point("custom_meter", tags, "whole", 3.0, t)));
        assertTrue(store.storedAsInteger(new SeriesKey("custom_meter", tags, "pulses")));
        assertFalse(store.storedAsInteger(new SeriesKey("custom_meter", tags, "level")));
        assertFalse(store.storedAsInteger(new SeriesKey("custom_meter", tags, "whole")), "a whole float stays float");
        assertFalse(store.storedAsInteger(new SeriesKey("custom_meter", tags, "absent")));
        assertFalse(store.storedAsInteger(new SeriesKey("no_such_measurement", tags, "pulses")));
        // The schema does not know custom_meter: the type comes from the store.
        Path out = dir.resolve("out.lp");
        Exporter.export(store, SeriesFilter.all(), ExportFormat.LP, out);
        String lp = Files.readString(out);
        assertTrue(lp.contains("pulses=42i "), lp);
        assertTrue(lp.contains("whole=3 "), lp);
    }

    @Test
    void reportsItsKindAndIsHealthy() {
        StoreHealth h = store.health();
        assertTrue(h.up(), () -> "health: " + h);
        assertEquals(expectedKind(), store.kind());
        assertEquals(expectedKind(), h.kind());
    }

    @Test
    void rawRoundTripKeepsNanosecondsTypesAndAwkwardTags() {
        SortedMap<String, String> tags = tags("host", "web 1,rack=\"a\"", "site", "Zürich 's ☃", "env", "a\\b=c");
        String m = "power draw,x";
        long t0 = T0_SECONDS * NS + 1;
        long t1 = T0_SECONDS * NS + 123_456_789;
        long t2 = T0_SECONDS * NS + 1_000_000_001;
        List<Point> points = new ArrayList<>();
        long[] times = {t0, t1, t2};
        double[] watts = {123.456, -0.5, 1e-9};
        long[] counts = {9_007_199_254_740_991L, 0L, -42L};
        for (int i = 0; i < 3; i++) {
            TreeMap<String, Number> fields = new TreeMap<>();
            fields.put("watts", watts[i]);
            fields.put("count", counts[i]);
            points.add(new Point(m, tags, fields, times[i]));
        }
        store.write(points);

        SeriesKey wattsKey = new SeriesKey(m, tags, "watts");
        SeriesKey countKey = new SeriesKey(m, tags, "count");
        SeriesData w = raw(wattsKey, t0, t2 + 1);
        assertArrayEquals(times, w.timesNanos());
        assertArrayEquals(watts, w.values());
        SeriesData c = raw(countKey, t0, t2 + 1);
        assertArrayEquals(times, c.timesNanos());
        assertArrayEquals(new double[] {9_007_199_254_740_991.0, 0, -42}, c.values());
        assertEquals(List.of(countKey, wattsKey), store.series(SeriesFilter.measurement(m)));
        assertEquals(0, raw(new SeriesKey(m, tags("host", "web 1"), "watts"), t0, t2 + 1).size(),
                "a tag subset is another series");
    }

    @Test
    void rewritingTheSamePointReplacesItsValue() {
        SortedMap<String, String> t = tags("host", "a");
        SeriesKey key = new SeriesKey("mem", t, "used_percent");
        long base = T0_SECONDS * NS;
        store.write(List.of(point("mem", t, "used_percent", 1.0, base), point("mem", t, "used_percent", 2.0, base + NS)));
        store.write(List.of(point("mem", t, "used_percent", 5.0, base + NS)));
        store.write(List.of(point("mem", t, "used_percent", 7.0, base + 2 * NS),
                point("mem", t, "used_percent", 8.0, base + 2 * NS)));
        SeriesData d = raw(key, base, base + 3 * NS);
        assertArrayEquals(new long[] {base, base + NS, base + 2 * NS}, d.timesNanos());
        assertArrayEquals(new double[] {1, 5, 8}, d.values(), "later writes win, also within one batch");
    }

    @Test
    void readsTheHalfOpenRangeFromInclusiveToExclusive() {
        SortedMap<String, String> t = tags("host", "a");
        long from = T0_SECONDS * NS;
        long to = from + 60 * NS;
        store.write(List.of(point("cpu", t, "usage_idle", 1.0, from - 1), point("cpu", t, "usage_idle", 2.0, from),
                point("cpu", t, "usage_idle", 3.0, to - 1), point("cpu", t, "usage_idle", 4.0, to)));
        SeriesKey key = new SeriesKey("cpu", t, "usage_idle");
        SeriesData d = raw(key, from, to);
        assertArrayEquals(new long[] {from, to - 1}, d.timesNanos());
        assertArrayEquals(new double[] {2, 3}, d.values());
        SeriesData sum = store.read(SeriesQuery.windowed(key, at(from), at(to), Duration.ofHours(1),
                WindowAggregation.SUM));
        assertArrayEquals(new double[] {5}, sum.values());
    }

    /** Window A holds 1..20 (in scrambled order), window B nothing, window C the values 5 3 9 1 7 2 8. */
    private SeriesKey writeWindowedFixture() {
        SortedMap<String, String> t = tags("host", "agg");
        List<Point> points = new ArrayList<>();
        long windowA = 1_699_999_980L;
        for (int i = 0; i < 20; i++) {
            points.add(point("power", t, "watts", (double) ((i * 7) % 20 + 1), (windowA + 1 + 2L * i) * NS));
        }
        double[] c = {5, 3, 9, 1, 7, 2, 8};
        for (int j = 0; j < c.length; j++) {
            points.add(point("power", t, "watts", c[j], (windowA + 120 + 5L * j) * NS + 250));
        }
        store.write(points);
        return new SeriesKey("power", t, "watts");
    }

    private SeriesData windowed(SeriesKey key, Duration w, WindowAggregation a) {
        return store.read(SeriesQuery.windowed(key, at(1_699_999_000L * NS), at(1_700_003_000L * NS), w, a));
    }

    @Test
    void aggregatesPerEpochAlignedWindowLabelledByStartOmittingEmptyWindows() {
        SeriesKey key = writeWindowedFixture();
        long[] starts = {1_699_999_980L * NS, 1_700_000_100L * NS};
        Duration minute = Duration.ofMinutes(1);
        Map<WindowAggregation, double[]> expected = Map.of(
                WindowAggregation.MEAN, new double[] {10.5, 5},
                WindowAggregation.MAX, new double[] {20, 9},
                WindowAggregation.MIN, new double[] {1, 1},
                WindowAggregation.SUM, new double[] {210, 35},
                WindowAggregation.LAST, new double[] {14, 8},
                WindowAggregation.P95, new double[] {19, 9});
        for (Map.Entry<WindowAggregation, double[]> e : expected.entrySet()) {
            SeriesData d = windowed(key, minute, e.getKey());
            assertArrayEquals(starts, d.timesNanos(), e.getKey() + " window starts");
            assertArrayEquals(e.getValue(), d.values(), 0, e.getKey() + " values");
        }
        SeriesData hourP95 = windowed(key, Duration.ofHours(1), WindowAggregation.P95);
        assertArrayEquals(new long[] {1_699_999_200L * NS}, hourP95.timesNanos());
        assertArrayEquals(new double[] {19}, hourP95.values(), "27 values: nearest rank 26 is the second largest");
        SeriesData hourMean = windowed(key, Duration.ofHours(1), WindowAggregation.MEAN);
        assertEquals(245.0 / 27, hourMean.value(0), 1e-12);
    }

    @Test
    void derivesCounterRatesAcross32BitWrapAndDropsResets() {
        SortedMap<String, String> t = tags("host", "a", "interface", "eth0");
        long[] v = {4_294_960_000L, 4_294_966_000L, 4_000L, 9_000L, 100L, 1_100L};
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < v.length; k++) {
            points.add(point("net", t, "bytes_recv", v[k], (T0_SECONDS + 10L * k) * NS));
        }
        store.write(points);
        SeriesKey key = new SeriesKey("net", t, "bytes_recv");
        Instant from = Instant.ofEpochSecond(T0_SECONDS);
        Instant to = from.plusSeconds(60);
        SeriesData rates = store.read(SeriesQuery.raw(key, from, to).asRate());
        assertArrayEquals(new long[] {(T0_SECONDS + 10) * NS, (T0_SECONDS + 20) * NS, (T0_SECONDS + 30) * NS,
                (T0_SECONDS + 50) * NS}, rates.timesNanos());
        assertArrayEquals(new double[] {600, 529.6, 500, 100}, rates.values(), 1e-9);

        SeriesData perHalfMinute = store.read(
                SeriesQuery.windowed(key, from, to, Duration.ofSeconds(30), WindowAggregation.MEAN).asRate());
        // 30 s windows start at T0 - 20 s, T0 + 10 s, T0 + 40 s: the rates at +10, +20, +30 share one window.
        assertArrayEquals(new long[] {(T0_SECONDS + 10) * NS, (T0_SECONDS + 40) * NS}, perHalfMinute.timesNanos());
        assertArrayEquals(new double[] {(600 + 529.6 + 500) / 3, 100}, perHalfMinute.values(), 1e-9);
    }

    @Test
    void derivesCounterRatesAcross64BitWrap() {
        SortedMap<String, String> t = tags("agent_host", "sw1", "ifName", "Ethernet1/1");
        double two64 = 18446744073709551616.0;
        double[] v = {two64 - 8192, two64 - 4096, 4096, 5096};
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < v.length; k++) {
            points.add(point("interface", t, "ifHCInOctets", v[k], (T0_SECONDS + 10L * k) * NS));
        }
        store.write(points);
        SeriesKey key = new SeriesKey("interface", t, "ifHCInOctets");
        SeriesData rates = store.read(SeriesQuery.raw(key, Instant.ofEpochSecond(T0_SECONDS),
                Instant.ofEpochSecond(T0_SECONDS + 40)).asRate());
        assertArrayEquals(new double[] {409.6, 819.2, 100}, rates.values(), 1e-9);
    }

    @Test
    void listsSeriesByMeasurementTagAndField() {
        long t = T0_SECONDS * NS;
        TreeMap<String, Number> two = new TreeMap<>(Map.of("usage_idle", 90.0, "usage_user", 5.0));
        store.write(List.of(new Point("cpu", tags("host", "a", "site", "fra 1"), two, t),
                point("cpu", tags("host", "b", "site", "fra 1"), "usage_idle", 80.0, t),
                point("mem", tags("host", "a", "site", "ams"), "used_percent", 40.0, t)));
        SeriesKey aIdle = new SeriesKey("cpu", tags("host", "a", "site", "fra 1"), "usage_idle");
        SeriesKey aUser = new SeriesKey("cpu", tags("host", "a", "site", "fra 1"), "usage_user");
        SeriesKey bIdle = new SeriesKey("cpu", tags("host", "b", "site", "fra 1"), "usage_idle");
        SeriesKey mem = new SeriesKey("mem", tags("host", "a", "site", "ams"), "used_percent");

        assertEquals(List.of(aIdle, aUser, bIdle, mem), store.series(SeriesFilter.all()));
        assertEquals(List.of(aIdle, aUser, bIdle), store.series(SeriesFilter.measurement("cpu")));
        assertEquals(List.of(aIdle, aUser, mem), store.series(new SeriesFilter(null, null, tags("host", "a"))));
        assertEquals(List.of(aUser), store.series(new SeriesFilter(null, "usage_user", null)),
                "host b has no usage_user points, so it has no such series");
        assertEquals(List.of(bIdle), store.series(new SeriesFilter("cpu", "usage_idle", tags("host", "b"))));
        assertEquals(List.of(), store.series(new SeriesFilter(null, null, tags("site", "fra"))));
    }

    private static Forecast forecast(Instant start, double base, int horizon, String method) {
        double[] mean = new double[horizon];
        double[][] b = new double[4][horizon];
        for (int i = 0; i < horizon; i++) {
            mean[i] = base + i * 1.25;
            b[0][i] = mean[i] - 10;
            b[1][i] = mean[i] + 10;
            b[2][i] = mean[i] - 20.5;
            b[3][i] = mean[i] + 20.5;
        }
        return new Forecast("ignored", start, Duration.ofHours(1), mean,
                List.of(new PredictionInterval(80, b[0], b[1]), new PredictionInterval(95, b[2], b[3])), null, null,
                method, null, Quality.ungraded());
    }

    @Test
    void writesAndReadsForecastsAndALaterForecastOverwritesSharedSteps() {
        SeriesKey series = new SeriesKey("redfish_power_powercontrol", tags("host", "web 1", "site", "fra1"),
                "power_consumed_watts");
        Instant start = Instant.ofEpochSecond(1_800_000_000L);
        StoredForecasts.write(store, series, forecast(start, 100, 6, "snaive"), start.minusSeconds(60));

        Forecast read = StoredForecasts.read(store, series, "snaive", start, start.plus(Duration.ofHours(6))).orElseThrow();
        assertEquals(series.toString(), read.seriesId());
        assertEquals(start, read.start());
        assertEquals(Duration.ofHours(1), read.step());
        assertEquals("snaive", read.method());
        assertNull(read.spec());
        assertEquals(Quality.ungraded(), read.quality());
        assertArrayEquals(new double[] {100, 101.25, 102.5, 103.75, 105, 106.25}, read.mean());
        assertEquals(List.of(80.0, 95.0), read.intervals().stream().map(PredictionInterval::level).toList());
        assertArrayEquals(new double[] {90, 91.25, 92.5, 93.75, 95, 96.25}, read.interval(80).orElseThrow().lower());
        assertArrayEquals(new double[] {120.5, 121.75, 123, 124.25, 125.5, 126.75},
                read.interval(95).orElseThrow().upper());

        Instant later = start.plus(Duration.ofHours(3));
        StoredForecasts.write(store, series, forecast(later, 200, 6, "snaive"), start.plusSeconds(3600));
        Forecast merged = StoredForecasts.read(store, series, "snaive", start, start.plus(Duration.ofHours(9))).orElseThrow();
        assertArrayEquals(new double[] {100, 101.25, 102.5, 200, 201.25, 202.5, 203.75, 205, 206.25}, merged.mean());
        assertArrayEquals(new double[] {220.5, 221.75, 223, 224.25, 225.5, 226.75},
                java.util.Arrays.copyOfRange(merged.interval(95).orElseThrow().upper(), 3, 9), 0, "upper 95 of steps 3..8");
        assertEquals(120.5, merged.interval(95).orElseThrow().upper(0), "step 0 keeps the first forecast");

        assertTrue(StoredForecasts.read(store, series, "auto-arima", start, later).isEmpty(), "other model");
        assertTrue(StoredForecasts.read(store, series, "snaive", start.minusSeconds(7200), start).isEmpty(), "before start");
        assertTrue(store.series(SeriesFilter.measurement("capacity_forecast")).stream()
                .allMatch(k -> series.toString().equals(k.tag("series"))));
    }

    @Test
    void writesAndCountsABatchOfOneHundredThousandPoints() {
        int seriesCount = 10;
        int perSeries = 10_000;
        List<Point> points = new ArrayList<>(seriesCount * perSeries);
        for (int s = 0; s < seriesCount; s++) {
            SortedMap<String, String> t = tags("host", "h" + s, "site", "bulk");
            for (int i = 0; i < perSeries; i++) {
                points.add(point("cpu", t, "usage_user", (double) (i % 100), (T0_SECONDS + i) * NS));
            }
        }
        long started = System.nanoTime();
        store.write(points);
        long writeMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(expectedKind() + ": wrote " + points.size() + " points in one batch in " + writeMillis
                + " ms");

        List<SeriesKey> keys = store.series(new SeriesFilter("cpu", null, tags("site", "bulk")));
        assertEquals(seriesCount, keys.size());
        long counted = 0;
        Instant from = Instant.ofEpochSecond(T0_SECONDS);
        Instant to = from.plusSeconds(perSeries);
        for (SeriesKey k : keys) {
            SeriesData d = store.read(SeriesQuery.raw(k, from, to));
            counted += d.size();
            SeriesData sum = store.read(SeriesQuery.windowed(k, from, to, Duration.ofDays(7), WindowAggregation.SUM));
            assertArrayEquals(new double[] {49.5 * perSeries}, sum.values(), 0, k.toString());
        }
        assertEquals((long) seriesCount * perSeries, counted);
        SeriesData perSecond = store.read(SeriesQuery.windowed(keys.get(3), from, to, Duration.ofSeconds(1),
                WindowAggregation.MAX));
        assertEquals(perSeries, perSecond.size(), "one window per point, across result pages");
        assertEquals(99.0, perSecond.value(perSeries - 1));
    }

    @Test
    void readsManySeriesAtOnceAsEachOnItsOwnInTheQueriesOrder() {
        SeriesKey windowedKey = writeWindowedFixture();
        SortedMap<String, String> nic = tags("host", "a", "interface", "eth0");
        store.write(List.of(point("net", nic, "bytes_sent", 1_000L, T0_SECONDS * NS),
                point("net", nic, "bytes_sent", 4_000L, (T0_SECONDS + 10) * NS),
                point("net", nic, "bytes_sent", 10_000L, (T0_SECONDS + 20) * NS)));
        SeriesKey counter = new SeriesKey("net", nic, "bytes_sent");
        // More series than one query of the embedded store's takes (128): each holds i and i + 1 a second apart.
        List<Point> many = new ArrayList<>();
        List<SeriesKey> keys = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            SortedMap<String, String> t = tags("host", "h" + i, "cpu", "cpu-total");
            many.add(point("cpu", t, "usage_idle", (double) i, T0_SECONDS * NS));
            many.add(point("cpu", t, "usage_idle", i + 1.0, (T0_SECONDS + 1) * NS));
            keys.add(new SeriesKey("cpu", t, "usage_idle"));
        }
        store.write(many);
        Instant from = Instant.ofEpochSecond(T0_SECONDS - 3600);
        Instant to = Instant.ofEpochSecond(T0_SECONDS + 3600);
        Duration minute = Duration.ofMinutes(1);
        List<SeriesQuery> queries = new ArrayList<>();
        keys.forEach(k -> queries.add(SeriesQuery.windowed(k, from, to, minute, WindowAggregation.MEAN)));
        queries.add(SeriesQuery.raw(windowedKey, from, to));
        queries.add(SeriesQuery.windowed(windowedKey, from, to, minute, WindowAggregation.P95));
        queries.add(SeriesQuery.windowed(windowedKey, from, to, Duration.ofHours(1), WindowAggregation.MEAN));
        queries.add(SeriesQuery.raw(counter, from, to).asRate());
        queries.add(SeriesQuery.windowed(counter, from, to, minute, WindowAggregation.MEAN).asRate());
        queries.add(SeriesQuery.raw(new SeriesKey("nothing", tags("host", "x"), "value"), from, to));
        queries.add(SeriesQuery.windowed(keys.get(0), from, to, minute, WindowAggregation.MEAN));

        List<SeriesData> all = store.readAll(queries);
        assertEquals(queries.size(), all.size());
        for (int i = 0; i < 130; i++) {
            assertEquals(keys.get(i), all.get(i).key());
            assertArrayEquals(new long[] {1_699_999_980L * NS}, all.get(i).timesNanos(), "series " + i);
            assertArrayEquals(new double[] {i + 0.5}, all.get(i).values(), 0, "series " + i);
        }
        assertArrayEquals(new double[] {19, 9}, all.get(131).values(), 0, "the windowed fixture's P95 per minute");
        assertArrayEquals(new double[] {300, 600}, all.get(133).values(), 1e-9, "the counter's rates");
        assertArrayEquals(new double[] {450}, all.get(134).values(), 1e-9, "their mean per minute");
        assertEquals(0, all.get(135).size(), "a series the store does not hold has no points");
        assertArrayEquals(all.get(0).values(), all.get(136).values(), 0, "a series asked for twice");
        for (int i = 0; i < queries.size(); i++) {
            SeriesData one = store.read(queries.get(i));
            assertEquals(one.key(), all.get(i).key(), "query " + i);
            assertArrayEquals(one.timesNanos(), all.get(i).timesNanos(), "query " + i);
            assertArrayEquals(one.values(), all.get(i).values(), 0, "query " + i);
        }
    }

    @Test
    void readingAnUnknownSeriesReturnsNoPoints() {
        SeriesKey key = new SeriesKey("nothing", tags("host", "x"), "value");
        assertEquals(0, raw(key, 0, T0_SECONDS * NS).size());
        assertEquals(0, store.read(SeriesQuery.windowed(key, at(0), at(NS), Duration.ofSeconds(1),
                WindowAggregation.MAX)).size());
    }
}
