package io.capacity.app.forecast;

import io.capacity.store.forecast.StoredForecasts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.Progress;
import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.Bounds;
import io.capacity.core.select.Ensemble;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForecastSeriesTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant ISSUED = Instant.parse("2024-03-20T12:00:00Z");

    @TempDir
    Path tmp;

    /** Three days of a daily cycle per host; a seasonal-naive forecast repeats the last day exactly. */
    private static void cycle(MetricStore store, String host) {
        TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", host), "usage_idle", T0, 72,
                i -> 50 + 20 * Math.sin(2 * Math.PI * (i % 24) / 24));
    }

    private static ForecastRequest snaive(SeriesSource source, boolean writeBack) {
        ForecastSettings s = ForecastSettings.DEFAULTS.withSource(source).withHorizon(24)
                .withModel(ModelOptions.DEFAULTS.withSeasons(24, 0)).withThreads(2);
        return ForecastRequest.DEFAULTS.withSettings(s).withModel("snaive").withWriteBack(writeBack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "influxdb"})
    void forecastsAStoredSelectionAndWritesItBackAsCapacityForecastPoints(String kind) {
        try (MetricStore store = TestStores.open(kind, tmp, "fc_writeback")) {
            cycle(store, "web1");
            cycle(store, "web2");
            SeriesSource sel = new SeriesSource.Stored(new SeriesFilter("cpu", null, new TreeMap<>()), "cpu", null);
            AtomicLong total = new AtomicLong();
            AtomicLong steps = new AtomicLong();
            ForecastRun run = new ForecastSeries(StoreAccess.shared(store), Clock.fixed(ISSUED, ZoneOffset.UTC))
                    .run(snaive(sel, true), new Progress() {
                        @Override
                        public void start(long n) {
                            total.set(n);
                        }

                        @Override
                        public void step() {
                            steps.incrementAndGet();
                        }
                    });
            assertEquals(2, total.get());
            assertEquals(2, steps.get());
            assertEquals(2, run.written());
            assertTrue(run.allForecast());
            assertTrue(run.timestamps());
            SeriesKey web1 = SeriesKey.of("cpu", Map.of("cpu", "cpu-total", "host", "web1"), "usage_idle");
            Forecast made = run.forecasts().stream().filter(f -> f.seriesId().equals(web1.toString())).findFirst()
                    .orElseThrow().forecast();
            assertEquals(T0.plus(Duration.ofHours(72)), made.start());
            Forecast back = StoredForecasts.read(store, web1, "snaive", made.start(), made.start().plus(Duration.ofDays(1)))
                    .orElseThrow();
            assertEquals(24, back.horizon());
            for (int i = 0; i < 24; i++) {
                assertEquals(50 + 20 * Math.sin(2 * Math.PI * i / 24), back.mean(i), 1e-9, "step " + i);
                assertEquals(made.interval(95).orElseThrow().upper(i), back.interval(95).orElseThrow().upper(i), 1e-9);
            }
            // The documented shape (docs/schema.md, "Forecasts"): tags series, model, source_*; field issued.
            List<SeriesKey> keys = store.series(new SeriesFilter(MetricSchema.FORECAST.name(),
                    MetricSchema.FORECAST_FIELD_ISSUED, new TreeMap<>(Map.of(MetricSchema.FORECAST_TAG_SERIES,
                    web1.toString()))));
            assertEquals(1, keys.size(), keys.toString());
            assertEquals("snaive", keys.get(0).tags().get(MetricSchema.FORECAST_TAG_MODEL));
            assertEquals("cpu", keys.get(0).tags().get(MetricSchema.FORECAST_TAG_SOURCE_MEASUREMENT));
            assertEquals("usage_idle", keys.get(0).tags().get(MetricSchema.FORECAST_TAG_SOURCE_FIELD));
            var issued = store.read(SeriesQuery.raw(keys.get(0), made.start(), made.start().plus(Duration.ofDays(1))));
            assertEquals(ISSUED.getEpochSecond(), issued.value(0), 0);
        }
    }

    @Test
    void withoutWriteBackTheStoreHoldsNoForecast() {
        try (MetricStore store = TestStores.open("embedded", tmp, "fc_plain")) {
            cycle(store, "web1");
            SeriesSource sel = new SeriesSource.Stored(SeriesFilter.all(), "*", Duration.ofHours(1));
            ForecastRun run = new ForecastSeries(StoreAccess.shared(store), Clock.systemUTC())
                    .run(snaive(sel, false), Progress.NONE);
            assertEquals(0, run.written());
            assertEquals(1, run.forecasts().size());
            assertTrue(store.series(new SeriesFilter(MetricSchema.FORECAST.name(), null, new TreeMap<>())).isEmpty());
        }
    }

    @Test
    void forecastsAFilesSeriesAtTheMedianSpacing() throws Exception {
        StringBuilder csv = new StringBuilder("series_id,timestamp,value\n");
        for (int i = 0; i < 48; i++) {
            csv.append("a,").append(T0.plus(Duration.ofMinutes(30L * i))).append(',').append(i % 2 == 0 ? 1 : 3)
                    .append('\n');
        }
        Path file = Files.writeString(tmp.resolve("s.csv"), csv);
        ForecastRequest r = snaive(new SeriesSource.File(file, FileFormat.CSV, null), false);
        ForecastRun run = new ForecastSeries(StoreAccess.shared(null), Clock.systemUTC()).run(
                r.withSettings(r.settings().withModel(ModelOptions.DEFAULTS.withSeasons(2, 0))), Progress.NONE);
        SeriesForecast f = run.forecasts().get(0);
        assertEquals(Duration.ofMinutes(30), f.forecast().step());
        assertEquals(1.0, f.forecast().mean(0), 1e-12);
        assertEquals(3.0, f.forecast().mean(1), 1e-12);
    }

    @Test
    void anEmptySelectionIsAProblemWithTheDataNotTheRequest() {
        try (MetricStore store = TestStores.open("embedded", tmp, "fc_empty")) {
            SeriesSource sel = new SeriesSource.Stored(new SeriesFilter("nope", null, new TreeMap<>()), "nope", null);
            RequestProblem p = assertThrows(RequestProblem.class, () -> new ForecastSeries(
                    StoreAccess.shared(store), Clock.systemUTC()).run(snaive(sel, false), Progress.NONE));
            assertFalse(p.usage());
            assertEquals("--from-store 'nope' matches no stored series", p.render(k -> "--" + k.replace('_', '-')));
        }
    }

    @Test
    void theAutomaticChoiceTakesItsOptionsAndOtherModelsIgnoreThem() {
        ModelOptions o = ModelOptions.DEFAULTS.withSeasons(24, 168).withConformal(false)
                .withEnsemble(EnsembleText.parse("median:2")).withNonNegative(true);
        AutoSpec auto = (AutoSpec) o.spec("auto", 48);
        assertEquals(new Ensemble(Ensemble.Kind.MEDIAN, 2), auto.ensemble());
        assertEquals(Bounds.NON_NEGATIVE, auto.bounds());
        assertFalse(auto.conformal());
        assertEquals("snaive", o.spec("snaive", 48).name());
        RequestProblem unknown = assertThrows(RequestProblem.class, () -> o.spec("bogus", 48));
        assertTrue(unknown.render(k -> k).startsWith("model bogus: unknown model 'bogus'"), unknown.getMessage());
    }

    @Test
    void requestsAreCheckedAsTheyAreBuilt() {
        assertEquals("horizon 0: expected at least 1 step to forecast", assertThrows(RequestProblem.class,
                () -> ForecastSettings.DEFAULTS.withHorizon(0)).render(k -> k));
        assertEquals("levels 100: expected a percentage between 0 and 100 (exclusive), e.g. 80,95",
                assertThrows(RequestProblem.class, () -> ForecastSettings.DEFAULTS.withLevels(List.of(80.0, 100.0)))
                        .render(k -> k));
        assertEquals("season 0: expected at least 1 step (1 for no season)", assertThrows(RequestProblem.class,
                () -> ModelOptions.DEFAULTS.withSeasons(0, 0)).render(k -> k));
        assertEquals("format: unknown format 'xls'; expected m4 or csv", assertThrows(RequestProblem.class,
                () -> FileFormat.parse("xls")).render(k -> k));
        assertTrue(assertThrows(RequestProblem.class, () -> ForecastRequest.DEFAULTS.withSettings(ForecastSettings
                .DEFAULTS.withSource(new SeriesSource.File(Path.of("x.csv"), null, null))).withWriteBack(true))
                .usage());
    }
}
