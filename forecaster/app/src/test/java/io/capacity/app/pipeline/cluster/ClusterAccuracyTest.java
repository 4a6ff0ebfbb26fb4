package io.capacity.app.pipeline.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.demo.DemoBackfill;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.planner.model.Dimension;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.forecast.ForecastPoints;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cluster demand forecasts scored as the per-series ones are, on both real stores: the next run writes a
 * {@code capacity_forecast_accuracy} point per cluster and dimension (tagged with the cluster) from the demo's live
 * points, and a cluster whose demand leaves the forecast's band for a day has that dimension's model chosen again.
 */
class ClusterAccuracyTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    private static final Map<String, String> DEMO = Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);
    private static final String FLAT = DemoFleet.Shape.FLAT.cluster();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "influxdb"})
    void theNextRunScoresEachClusterDemandForecastAndADriftedOneIsChosenAgain(String kind) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (MetricStore store = TestStores.open(kind, tmp, "cluster_accuracy");
             PlanBook book = new PlanBook(DuckPlanStore.open(tmp.resolve("data")), clock, BookSettings.DEFAULTS)) {
            DemoStart demo = DemoStart.run(store, tmp.resolve("data"), DemoFleet.MIN_HOSTS, DemoFleet.DEFAULT_SEED,
                    clock);
            // The scheduled choice weekly, so only drift chooses again within the test's 31 hours.
            ClusterSettings settings = ClusterSettings.of(demo.inventory(), PipelineSettings.DEFAULTS.withThreads(2)
                    .withChooseEvery(Duration.ofDays(7))).withTags(DEMO, "SIMULATED demo fleet");
            ClusterPlans plans = new ClusterPlans(StoreAccess.shared(store), clock, settings,
                    PipelineState.inMemory(), book);

            ClusterRun first = plans.run();
            first.clusters().forEach(o -> assertEquals(0, o.scored(), o.cluster() + ": nothing stored to score"));

            live(store, demo, NOW, Duration.ofHours(6), UnaryOperator.identity());
            clock.advance(Duration.ofHours(6));
            ClusterRun second = plans.run();
            for (ClusterOutcome o : second.clusters()) {
                assertEquals(3, o.scored(), o.cluster() + ": cpu, memory and bandwidth scored");
                assertEquals(0, o.chosen(), o.cluster() + ": within the band, the cached choice is refit");
            }
            SeriesKey cpu = DemandKeys.of(FLAT, Dimension.CPU, DEMO);
            Map<String, String> tags = ForecastPoints.tags(cpu, "auto");
            assertEquals(FLAT, tags.get(MetricSchema.TAG_CLUSTER));
            assertEquals(MetricSchema.DEMAND, tags.get(MetricSchema.FORECAST_TAG_SOURCE_MEASUREMENT));
            // Forecast steps from 11:00 (the first whole hour after 10:20) to 15:00 have closed by 16:20.
            assertEquals(5, value(store, tags, "steps", clock.instant()), 0);
            double cov = value(store, tags, "coverage_95", clock.instant());
            assertTrue(cov >= 0 && cov <= 1, "coverage " + cov);
            double mase = value(store, tags, "mase", clock.instant());
            assertTrue(mase > 0 && mase < 5, "mase " + mase);
            assertEquals(5, value(store, tags, "steps_rolling", clock.instant()), 0);

            // A day in which the flat cluster's CPU is saturated: far outside the band its forecast gave.
            Instant from = clock.instant();
            live(store, demo, from, Duration.ofHours(25), p -> saturated(p) ? busy(p) : p);
            clock.advance(Duration.ofHours(25));
            ClusterRun third = plans.run();
            ClusterOutcome flat = third.clusters().stream().filter(o -> o.cluster().equals(FLAT)).findFirst()
                    .orElseThrow();
            assertEquals(3, flat.scored());
            assertEquals(1, flat.chosen(), "its cpu choice was dropped and chosen again in the same run");
            assertTrue(value(store, tags, "coverage_95_rolling", clock.instant()) < 0.75);
            assertTrue(value(store, tags, "steps_rolling", clock.instant()) >= 24);
        }
    }

    /** The demo's live points every 15 minutes over [{@code from}, {@code from + span}), through {@code edit}. */
    private static void live(MetricStore store, DemoStart demo, Instant from, Duration span,
                             UnaryOperator<Point> edit) {
        List<Point> out = new ArrayList<>();
        for (Instant t = from; t.isBefore(from.plus(span)); t = t.plus(DemoBackfill.STEP)) {
            demo.source().collect(t.getEpochSecond() * 1_000_000_000L).forEach(p -> out.add(edit.apply(p)));
        }
        store.write(out);
    }

    private static boolean saturated(Point p) {
        return p.measurement().equals("cpu") && FLAT.equals(p.tags().get(MetricSchema.TAG_CLUSTER))
                && p.fields().containsKey("usage_idle");
    }

    private static Point busy(Point p) {
        TreeMap<String, Number> f = new TreeMap<>(p.fields());
        f.put("usage_idle", 0.0);
        return new Point(p.measurement(), p.tags(), f, p.timeNanos());
    }

    private static double value(MetricStore store, Map<String, String> tags, String field, Instant at) {
        SeriesData d = store.read(SeriesQuery.raw(new SeriesKey(MetricSchema.FORECAST_ACCURACY.name(),
                new TreeMap<>(tags), field), at, at.plusSeconds(1)));
        assertEquals(1, d.size(), field + " at " + at);
        return d.value(0);
    }
}
