package io.capacity.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForecastPipelineTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final int DAYS = 28;
    private static final Instant NOW = T0.plus(Duration.ofDays(DAYS));

    @TempDir
    Path tmp;

    /** Hourly CPU with a daily cycle and noise for {@code hours} from {@code from}. */
    static void daily(MetricStore store, String host, Instant from, int hours, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int offset = (int) Duration.between(T0, from).toHours();
        TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", host), "usage_user", from, hours,
                i -> 40 + 20 * Math.sin(2 * Math.PI * ((i + offset) % 24) / 24) + 3 * (rnd.nextDouble() - 0.5));
    }

    /** Two good hosts, one whose points are all older than the history read (nothing finite), one too short. */
    static void fleet(MetricStore store) {
        daily(store, "web1", T0, DAYS * 24, 1);
        daily(store, "web2", T0, DAYS * 24, 2);
        daily(store, "stale", T0.minus(Duration.ofDays(60)), 24, 3);
        daily(store, "new", NOW.minus(Duration.ofHours(30)), 30, 4);
    }

    static PipelineSettings settings() {
        return PipelineSettings.DEFAULTS.withThreads(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "influxdb"})
    void aRunWritesFutureForecastsCountsBadSeriesAndScoresThemOnTheNextRun(String kind) {
        try (MetricStore store = TestStores.open(kind, tmp, "pipeline")) {
            fleet(store);
            MutableClock clock = new MutableClock(NOW);
            ForecastPipeline p = new ForecastPipeline(StoreAccess.shared(store), clock, settings(),
                    PipelineState.inMemory());
            PipelineRun first = p.run();
            assertEquals(4, first.selected());
            assertEquals(2, first.count(SeriesOutcome.Status.FORECAST));
            assertEquals(0, first.count(SeriesOutcome.Status.FAILED));
            assertEquals(2, first.count(SeriesOutcome.Status.SKIPPED), "one too short, one without recent data");
            assertEquals(2, first.chosen());
            assertEquals(0, first.scored());
            SeriesOutcome stale = first.outcomes().stream().filter(o -> o.series().toString().contains("stale"))
                    .findFirst().orElseThrow();
            assertEquals(SeriesOutcome.Status.SKIPPED, stale.status());
            assertTrue(stale.reason().startsWith("no data in the last"), stale.reason());

            SeriesKey web1 = first.outcomes().stream().filter(o -> o.series().toString().contains("web1"))
                    .findFirst().orElseThrow().series();
            TreeMap<String, String> tags = new TreeMap<>(Map.of(MetricSchema.FORECAST_TAG_SERIES, web1.toString(),
                    MetricSchema.FORECAST_TAG_MODEL, "auto"));
            for (String field : List.of("mean", "lower_80", "upper_80", "lower_95", "upper_95")) {
                SeriesData d = read(store, MetricSchema.FORECAST.name(), field, tags, NOW,
                        NOW.plus(Duration.ofDays(2)));
                assertEquals(24, d.size(), field);
                assertTrue(d.timeNanos(0) >= NOW.getEpochSecond() * 1_000_000_000L, field + " in the future");
            }

            daily(store, "web1", NOW, 6, 5);
            daily(store, "web2", NOW, 6, 6);
            clock.advance(Duration.ofHours(6));
            PipelineRun second = p.run();
            assertEquals(0, second.chosen());
            assertEquals(2, second.cached());
            assertEquals(2, second.scored());
            SeriesData steps = read(store, MetricSchema.FORECAST_ACCURACY.name(), "steps", tags, NOW,
                    clock.instant().plusSeconds(1));
            assertEquals(1, steps.size());
            assertEquals(6, steps.value(0), 0);
            SeriesData cov = read(store, MetricSchema.FORECAST_ACCURACY.name(), "coverage_95", tags, NOW,
                    clock.instant().plusSeconds(1));
            assertTrue(cov.value(0) >= 0 && cov.value(0) <= 1, "coverage " + cov.value(0));
            SeriesData mase = read(store, MetricSchema.FORECAST_ACCURACY.name(), "mase", tags, NOW,
                    clock.instant().plusSeconds(1));
            assertTrue(mase.value(0) > 0 && mase.value(0) < 3, "mase " + mase.value(0));
        }
    }

    @Test
    void aCachedRunRefitsTheSameModelsForMuchLessCpuAndSurvivesARestart() {
        Path file = tmp.resolve("pipeline").resolve("state.tsv");
        try (MetricStore store = TestStores.open("embedded", tmp, "cached")) {
            fleet(store);
            PipelineState state = PipelineState.load(file, ForecastPipeline.autoSpec(settings()));
            Clock fixed = Clock.fixed(NOW, ZoneOffset.UTC);
            PipelineRun choosing = new ForecastPipeline(StoreAccess.shared(store), fixed, settings(), state).run();
            PipelineRun cached = new ForecastPipeline(StoreAccess.shared(store), fixed, settings(), state).run();
            assertEquals(2, choosing.chosen());
            assertEquals(2, cached.cached());
            for (int i = 0; i < choosing.outcomes().size(); i++) {
                SeriesOutcome a = choosing.outcomes().get(i);
                SeriesOutcome b = cached.outcomes().get(i);
                if (a.forecast() != null) {
                    assertEquals(a.forecast().method(), b.forecast().method());
                    assertEquals(a.forecast().mean(0), b.forecast().mean(0), 1e-9);
                }
            }
            assertTrue(cached.cpuSeconds() < choosing.cpuSeconds() / 2,
                    "cached " + cached.cpuSeconds() + " s CPU vs choosing " + choosing.cpuSeconds());

            PipelineState reloaded = PipelineState.load(file, ForecastPipeline.autoSpec(settings()));
            assertEquals(2, reloaded.size());
            assertEquals(NOW, reloaded.lastRun().orElseThrow());
            PipelineRun afterRestart = new ForecastPipeline(StoreAccess.shared(store), fixed, settings(), reloaded)
                    .run();
            assertEquals(0, afterRestart.chosen());
            assertEquals(2, afterRestart.cached());

            PipelineRun nextDay = new ForecastPipeline(StoreAccess.shared(store),
                    Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC), settings(), reloaded).run();
            assertEquals(2, nextDay.chosen(), "the daily choice is due again");
        }
    }

    @Test
    void warmStartedRefitsKeepTheirStartsAcrossRunsAndForecastAsColdOnesDo() {
        Path file = tmp.resolve("warm").resolve("state.tsv");
        try (MetricStore store = TestStores.open("embedded", tmp, "warm")) {
            fleet(store);
            daily(store, "web1", NOW, 2, 5);
            daily(store, "web2", NOW, 2, 6);
            PipelineSettings warm = settings().withWarmStarts(true);
            PipelineState state = PipelineState.load(file, ForecastPipeline.autoSpec(warm));
            new ForecastPipeline(StoreAccess.shared(store), Clock.fixed(NOW, ZoneOffset.UTC), warm, state).run();
            Instant next = NOW.plus(Duration.ofHours(1));
            ForecastPipeline checking = new ForecastPipeline(StoreAccess.shared(store),
                    Clock.fixed(next, ZoneOffset.UTC), warm, state);
            PipelineRun first = checking.run();
            assertEquals(2, first.cached());
            int given = checking.lastWarmStarts().warm() + checking.lastWarmStarts().fellBack();
            assertTrue(given > 0, "the choices' members start from their estimates");

            Instant later = next.plus(Duration.ofHours(1));
            ForecastPipeline again = new ForecastPipeline(StoreAccess.shared(store), Clock.fixed(later, ZoneOffset.UTC),
                    warm, PipelineState.load(file, ForecastPipeline.autoSpec(warm)));
            PipelineRun warmRun = again.run();
            assertEquals(given, again.lastWarmStarts().warm() + again.lastWarmStarts().fellBack(),
                    "the starts survive a restart");
            assertTrue(again.lastWarmStarts().warm() > 0);
            PipelineRun coldRun = new ForecastPipeline(StoreAccess.shared(store), Clock.fixed(later, ZoneOffset.UTC),
                    settings(), PipelineState.load(file, ForecastPipeline.autoSpec(settings()))).run();
            for (int i = 0; i < warmRun.outcomes().size(); i++) {
                SeriesOutcome w = warmRun.outcomes().get(i);
                SeriesOutcome c = coldRun.outcomes().get(i);
                if (w.forecast() != null) {
                    assertEquals(c.forecast().method(), w.forecast().method());
                    for (int h = 0; h < w.forecast().horizon(); h++) {
                        assertEquals(c.forecast().mean(h), w.forecast().mean(h),
                                1e-3 * Math.max(1, Math.abs(c.forecast().mean(h))), w.series() + " step " + h);
                    }
                }
            }
        }
    }

    @Test
    void aConstantSeriesKeepsItsFlatChoiceUntilItMoves() {
        try (MetricStore store = TestStores.open("embedded", tmp, "flat")) {
            daily(store, "web1", T0, DAYS * 24, 1);
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", "idle"), "usage_user", T0,
                    DAYS * 24, i -> 0.0);
            PipelineState state = PipelineState.inMemory();
            Clock fixed = Clock.fixed(NOW, ZoneOffset.UTC);
            PipelineRun choosing = new ForecastPipeline(StoreAccess.shared(store), fixed, settings(), state).run();
            assertEquals(2, choosing.chosen());
            PipelineRun cached = new ForecastPipeline(StoreAccess.shared(store), fixed, settings(), state).run();
            assertEquals(0, cached.chosen(), "the constant series is not chosen again within the day");
            assertEquals(2, cached.cached());

            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", "idle"), "usage_user", NOW, 1,
                    i -> 5.0);
            PipelineRun moved = new ForecastPipeline(StoreAccess.shared(store),
                    Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC), settings(), state).run();
            assertEquals(1, moved.chosen(), "a constant series that moves is chosen again at once");
            assertEquals(1, moved.cached());
        }
    }

    @Test
    void aPercentSeriesIsForecastWithinZeroAndHundred() {
        try (MetricStore store = TestStores.open("embedded", tmp, "percent")) {
            // A host running hot: its daily peaks touch 100 %, so an unbounded upper band would cross it.
            SplittableRandom rnd = new SplittableRandom(5);
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", "hot"), "usage_user", T0, DAYS * 24,
                    i -> Math.min(100, 94 + 5 * Math.sin(2 * Math.PI * (i % 24) / 24) + 2 * (rnd.nextDouble() - 0.5)));
            PipelineRun run = new ForecastPipeline(StoreAccess.shared(store), Clock.fixed(NOW, ZoneOffset.UTC),
                    settings(), PipelineState.inMemory()).run();
            Forecast fc = run.outcomes().get(0).forecast();
            double top = Double.NEGATIVE_INFINITY;
            for (PredictionInterval pi : fc.intervals()) {
                for (int i = 0; i < fc.horizon(); i++) {
                    assertTrue(pi.lower(i) >= 0 && pi.upper(i) <= 100, pi.level() + " % band at step " + i);
                    top = Math.max(top, pi.upper(i));
                }
            }
            assertEquals(100, top, "the 95 % band reaches the bound and stops there");
        }
    }

    private static SeriesData read(MetricStore store, String m, String field, TreeMap<String, String> tags,
                                   Instant from, Instant to) {
        SeriesKey key = store.series(new SeriesFilter(m, field, tags)).get(0);
        return store.read(SeriesQuery.raw(key, from, to));
    }
    @Test
    void linkSpeedsAndPowerStatesAreEquipmentNotDemandSoOutOfScope() {
        try (MetricStore store = TestStores.open("embedded", tmp, "scope")) {
            daily(store, "web1", T0, 48, 1);
            List<io.capacity.schema.Point> equipment = new java.util.ArrayList<>();
            for (int i = 0; i < 48; i++) {
                long t = T0.plus(Duration.ofHours(i)).getEpochSecond() * 1_000_000_000L;
                equipment.add(io.capacity.schema.Point.ofInteger("net", Map.of("host", "web1", "interface", "eth0"),
                        MetricSchema.NET_FIELD_SPEED, 25_000, t));
                equipment.add(io.capacity.schema.Point.ofInteger("net", Map.of("host", "web1", "interface", "eth0"),
                        "bytes_recv", 1_000L * i, t));
                equipment.add(io.capacity.schema.Point.ofInteger(MetricSchema.POWER_STATE.name(),
                        Map.of("host", "web1", "server", "10.0.0.7"), MetricSchema.POWER_STATE_CODE,
                        MetricSchema.POWER_ON, t));
                equipment.add(io.capacity.schema.Point.ofInteger("interface", Map.of("agent_host", "sw1",
                        "ifName", "xe-0/0/1"), "ifHighSpeed", 10_000, t));
            }
            store.write(equipment);
            ForecastPipeline p = new ForecastPipeline(StoreAccess.shared(store), Clock.fixed(NOW, ZoneOffset.UTC),
                    settings(), PipelineState.inMemory());
            assertEquals(List.of("cpu usage_user", "net bytes_recv"), p.inScope(store).stream()
                    .map(k -> k.measurement() + " " + k.field()).toList(), "the load, never the equipment's figures");
            assertEquals(5, store.series(SeriesFilter.all()).size(), "all stored");
        }
    }
}
