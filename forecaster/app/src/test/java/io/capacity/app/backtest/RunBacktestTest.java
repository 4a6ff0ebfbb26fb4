package io.capacity.app.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunBacktestTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path tmp;

    private static BacktestRequest request(int horizon, List<String> models) {
        ForecastSettings s = ForecastSettings.DEFAULTS.withHorizon(horizon)
                .withModel(ModelOptions.DEFAULTS.withSeasons(24, 0)).withThreads(1)
                .withSource(new SeriesSource.Stored(SeriesFilter.all(), "*", null));
        return BacktestRequest.DEFAULTS.withSettings(s).withModels(models);
    }

    @Test
    void scoresEachModelInTurnOnAStoredSeries() {
        try (MetricStore store = TestStores.open("embedded", tmp, "bt")) {
            // An exact daily cycle: seasonal naive is perfect, naive is not.
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", "a"), "usage_idle", T0, 24 * 6,
                    i -> 50 + 20 * Math.sin(2 * Math.PI * (i % 24) / 24));
            List<String> heard = new ArrayList<>();
            List<ModelScore> scores = new RunBacktest(StoreAccess.shared(store)).run(
                    request(24, List.of("snaive", "naive")).withWindows(2, null), new RunBacktest.Listener() {
                        @Override
                        public void started(int series) {
                            heard.add("started " + series);
                        }

                        @Override
                        public void scored(ModelScore score) {
                            heard.add(score.model());
                        }
                    });
            assertEquals(List.of("started 1", "snaive", "naive"), heard);
            assertEquals(0.0, scores.get(0).report().aggregate().mae(), 1e-9);
            assertTrue(scores.get(1).report().aggregate().mae() > 1, "naive misses the cycle");
        }
    }

    @Test
    void aSeriesTooShortForOneWindowNamesTheOptions() {
        try (MetricStore store = TestStores.open("embedded", tmp, "bt_short")) {
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", "a"), "usage_idle", T0, 30, i -> i);
            RequestProblem p = assertThrows(RequestProblem.class, () -> new RunBacktest(StoreAccess.shared(store))
                    .run(request(24, List.of("snaive")), s -> { }));
            assertFalse(p.usage());
            assertEquals("backtest needs series of at least 49 values: --horizon 24 to hold out and 25 to train (the"
                    + " more of --initial 1 and --season 24 + 1); the longest of 1 series, cpu,cpu=cpu-total,host=a"
                    + " usage_idle, has 30", p.render(k -> "--" + k));
        }
    }

    @Test
    void windowsInitialAndPeriodAreChecked() {
        BacktestRequest d = BacktestRequest.DEFAULTS;
        assertEquals("windows 0: expected at least 1 cutoff",
                assertThrows(RequestProblem.class, () -> d.withWindows(0, null)).render(k -> k));
        assertEquals("period 0: expected at least 1 step between cutoffs",
                assertThrows(RequestProblem.class, () -> d.withWindows(1, 0)).render(k -> k));
        assertEquals("initial 0: expected at least 1 training value",
                assertThrows(RequestProblem.class, () -> d.withInitial(0)).render(k -> k));
        assertEquals(24, d.periodSteps(), "the period defaults to the horizon");
    }
}
