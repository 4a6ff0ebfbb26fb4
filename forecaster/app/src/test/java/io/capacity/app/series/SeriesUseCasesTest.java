package io.capacity.app.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.RequestProblem;
import io.capacity.app.TestStores;
import io.capacity.schema.SeriesKey;
import io.capacity.store.WindowAggregation;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesUseCasesTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void listsTheMatchingSeriesAPageAtATime() {
        try (MetricStore store = TestStores.open("embedded", tmp, "list")) {
            for (String h : new String[] {"web1", "web2", "web3"}) {
                TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", h), "usage_idle", T0, 3, i -> 50);
            }
            TestStores.hourly(store, "mem", Map.of("host", "web1"), "used", T0, 3, i -> 1e9);
            ListSeries uc = new ListSeries(store);
            SeriesPage all = uc.run(ListSeriesRequest.DEFAULTS);
            assertEquals(4, all.total());
            assertFalse(all.more());
            SeriesFilter cpu = new SeriesFilter("cpu", null, new TreeMap<>());
            SeriesPage page = uc.run(ListSeriesRequest.DEFAULTS.withFilter(cpu).withPage(1, 1));
            assertEquals(3, page.total());
            assertEquals(1, page.offset());
            assertEquals("cpu,cpu=cpu-total,host=web2 usage_idle", page.keys().get(0).toString());
            assertTrue(page.more());
            assertEquals(0, uc.run(ListSeriesRequest.DEFAULTS.withFilter(cpu).withPage(5, 10)).keys().size());
        }
    }

    @Test
    void aPageAfterAKeyNeitherRepeatsNorSkipsWhenSeriesAreAdded() {
        try (MetricStore store = TestStores.open("embedded", tmp, "keyset")) {
            for (String h : new String[] {"web1", "web3", "web5"}) {
                TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", h), "usage_idle", T0, 2, i -> 50);
            }
            ListSeries uc = new ListSeries(store);
            SeriesPage first = uc.run(ListSeriesRequest.DEFAULTS.withPage(0, 2));
            String last = first.keys().get(1).toString();
            assertEquals("cpu,cpu=cpu-total,host=web3 usage_idle", last);
            // A series sorting before the cursor arrives between the two pages: by position web3 would repeat.
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", "web2"), "usage_idle", T0, 2, i -> 50);
            SeriesPage next = uc.run(ListSeriesRequest.DEFAULTS.withPage(0, 2).withAfter(last));
            assertEquals(java.util.List.of("cpu,cpu=cpu-total,host=web5 usage_idle"),
                    next.keys().stream().map(SeriesKey::toString).toList());
            assertEquals(3, next.offset());
            assertEquals(4, next.total());
            assertFalse(next.more());
            // A key that is gone still places the page: it starts at the first key after it.
            assertEquals("cpu,cpu=cpu-total,host=web2 usage_idle", uc.run(ListSeriesRequest.DEFAULTS.withPage(0, 1)
                    .withAfter("cpu,cpu=cpu-total,host=web10 usage_idle")).keys().get(0).toString());
            assertEquals(0, uc.run(ListSeriesRequest.DEFAULTS.withAfter("zzz")).keys().size());
        }
    }

    @Test
    void readsAStepsAggregateAndACounterAsItsRate() {
        try (MetricStore store = TestStores.open("embedded", tmp, "points")) {
            // Every 30 minutes: 10, 20, 30, 40 on a gauge; a counter growing by 3600 an hour (1 per second).
            SeriesKey gauge = SeriesKey.of("cpu", Map.of("cpu", "cpu-total", "host", "a"), "usage_idle");
            SeriesKey counter = SeriesKey.of("net", Map.of("host", "a", "interface", "eth0"), "bytes_recv");
            for (int i = 0; i < 4; i++) {
                long ns = T0.plus(Duration.ofMinutes(30L * i)).getEpochSecond() * 1_000_000_000L;
                store.write(java.util.List.of(io.capacity.schema.Point.of("cpu", gauge.tags(), "usage_idle",
                        10.0 * (i + 1), ns), io.capacity.schema.Point.ofInteger("net", counter.tags(), "bytes_recv",
                        1800L * i, ns)));
            }
            ReadPoints uc = new ReadPoints(store);
            SeriesPoints mean = uc.run(PointsRequest.of(gauge));
            assertFalse(mean.rate());
            assertEquals(15.0, mean.values().value(0), 1e-9);
            assertEquals(35.0, mean.values().value(1), 1e-9);
            SeriesPoints max = uc.run(PointsRequest.of(gauge).withAggregation(WindowAggregation.MAX));
            assertEquals(20.0, max.values().value(0), 1e-9);
            assertEquals(40.0, max.values().value(1), 1e-9);
            SeriesPoints rate = uc.run(PointsRequest.of(counter));
            assertTrue(rate.rate());
            assertEquals(1.0, rate.values().value(rate.values().size() - 1), 1e-9);
            RequestProblem missing = assertThrows(RequestProblem.class, () -> uc.run(PointsRequest.of(
                    SeriesKey.of("cpu", Map.of("host", "nope"), "usage_idle"))));
            assertFalse(missing.usage());
        }
    }

    @Test
    void aBadRequestNamesItsOption() {
        RequestProblem p = assertThrows(RequestProblem.class, () -> ListSeriesRequest.DEFAULTS.withPage(0, 0));
        assertEquals("--limit 0: expected at least 1", p.render(k -> "--" + k));
        assertEquals("option limit 0: expected at least 1", p.getMessage());
        RequestProblem s = assertThrows(RequestProblem.class, () -> PointsRequest.DEFAULTS.withStep(Duration.ZERO));
        assertTrue(s.usage());
        assertEquals("step PT0S: expected a positive duration", s.render(k -> k));
    }
}
