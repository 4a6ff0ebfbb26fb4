package io.capacity.app.pipeline.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanState;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.core.forecast.Forecast;
import io.capacity.planner.model.Dimension;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.forecast.StoredForecasts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline's cluster plans over a small demo fleet on both real stores: demand forecasts tagged with the cluster
 * and a {@code capacity_plan} point per cluster read back from the store, plans recorded and superseded in the book,
 * the choice cached, and a cluster without data failing alone.
 */
class ClusterPlansTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    private static final Map<String, String> DEMO = Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "influxdb"})
    void eachClusterGetsDemandForecastsAPlanAndItsEfficacyAndABrokenClusterFailsAlone(String kind) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (MetricStore store = TestStores.open(kind, tmp, "clusters");
             PlanBook book = new PlanBook(DuckPlanStore.open(tmp.resolve("data")), clock, BookSettings.DEFAULTS)) {
            DemoStart demo = DemoStart.run(store, tmp.resolve("data"), DemoFleet.MIN_HOSTS, DemoFleet.DEFAULT_SEED,
                    clock);
            Path inventory = withGhostCluster(demo.inventory());
            ClusterSettings settings = ClusterSettings.of(inventory, PipelineSettings.DEFAULTS.withThreads(2))
                    .withTags(DEMO, "SIMULATED demo fleet");
            PipelineState state = PipelineState.inMemory();
            ClusterPlans plans = new ClusterPlans(StoreAccess.shared(store), clock, settings, state, book);

            ClusterRun first = plans.run();
            assertEquals(4, first.clusters().size());
            assertEquals(3, first.planned(), first.clusters().toString());
            ClusterOutcome ghost = first.clusters().stream().filter(c -> c.cluster().equals("ghost")).findFirst()
                    .orElseThrow();
            assertFalse(ghost.planned());
            assertTrue(ghost.reason().contains("no stored cpu, mem or net data"), ghost.reason());
            for (DemoFleet.Shape s : DemoFleet.Shape.values()) {
                ClusterOutcome o = first.clusters().stream().filter(c -> c.cluster().equals(s.cluster()))
                        .findFirst().orElseThrow();
                assertEquals(3, o.forecasts(), s + ": cpu, memory and bandwidth");
                assertEquals(3, o.chosen());
                assertEquals(PlanState.RECOMMENDED, book.get(o.plan().id()).state());
                assertDemandForecast(store, s.cluster());
                assertPlanPoint(store, o.plan(), NOW);
            }
            assertEquals(9, state.size(), "each demand series' choice is cached");
            assertTrue(book.audit(first.clusters().get(0).plan().id()).get(0).why()
                    .contains("SIMULATED demo fleet"));

            clock.advance(Duration.ofHours(1));
            ClusterRun second = plans.run();
            assertEquals(3, second.planned());
            for (ClusterOutcome o : second.clusters()) {
                if (o.planned()) {
                    assertEquals(0, o.chosen(), o.cluster() + ": the cached choice is refit, not chosen again");
                    assertPlanPoint(store, o.plan(), NOW.plus(Duration.ofHours(1)));
                }
            }
            ActionPlan older = first.clusters().get(0).plan();
            assertEquals(PlanState.SUPERSEDED, book.get(older.id()).state(), "the newer plan supersedes it");
            assertEquals(3, book.list(PlanFilter.DEFAULTS.with(PlanState.RECOMMENDED, null)).total());
            assertEquals(3, book.list(PlanFilter.DEFAULTS.with(PlanState.SUPERSEDED, null)).total());
        }
    }

    /** The demo inventory plus cluster {@code ghost} whose one host has no stored data. */
    private Path withGhostCluster(Path demoInventory) throws Exception {
        String y = Files.readString(demoInventory).replace("hosts:\n", "  - id: ghost\nhosts:\n  - {id: ghost-001, "
                + "cluster: ghost, model: " + DemoFleet.Shape.FLAT.model() + ", purchased: 2022-01-01}\n");
        return Files.writeString(tmp.resolve("inventory.yaml"), y);
    }

    private static void assertDemandForecast(MetricStore store, String cluster) {
        SeriesKey key = DemandKeys.of(cluster, Dimension.CPU, DEMO);
        assertEquals("capacity_demand,cluster=" + cluster + ",origin=demo cpu", key.toString());
        Forecast f = StoredForecasts.read(store, key, "auto", NOW, NOW.plus(Duration.ofDays(8))).orElseThrow();
        assertEquals(168, f.horizon(), "a week of hours: the plan's horizon");
        assertTrue(f.start().isAfter(NOW.minus(Duration.ofHours(1))), f.start().toString());
        assertTrue(f.interval(95).isPresent() && f.interval(80).isPresent());
        List<SeriesKey> tagged = store.series(new SeriesFilter(MetricSchema.FORECAST.name(), "mean",
                new TreeMap<>(Map.of(MetricSchema.TAG_CLUSTER, cluster, MetricSchema.FORECAST_TAG_SOURCE_MEASUREMENT,
                        MetricSchema.DEMAND))));
        assertEquals(3, tagged.size(), tagged.toString());
        tagged.forEach(k -> assertEquals(MetricSchema.ORIGIN_DEMO, k.tags().get(MetricSchema.TAG_ORIGIN)));
    }

    private static void assertPlanPoint(MetricStore store, ActionPlan p, Instant at) {
        List<SeriesKey> keys = store.series(new SeriesFilter(MetricSchema.PLAN.name(), "plan_id",
                new TreeMap<>(Map.of(MetricSchema.TAG_CLUSTER, p.cluster()))));
        assertEquals(1, keys.size(), keys.toString());
        SeriesKey k = keys.get(0);
        assertEquals(Map.of(MetricSchema.TAG_CLUSTER, p.cluster(), MetricSchema.PLAN_TAG_CURRENCY, "EUR",
                MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO), k.tags());
        assertEquals(p.id(), (long) value(store, k, "plan_id", at));
        assertEquals(p.efficacy().kwhSaved(), value(store, k, "kwh_saved", at), 1e-9);
        assertEquals(p.efficacy().moneyPerWeek(), value(store, k, "money_saved_per_week", at), 1e-9);
        assertEquals(p.efficacy().hostsFreed(), (int) value(store, k, "hosts_freed", at));
        assertEquals(p.actions().size(), (int) value(store, k, "actions", at));
        assertEquals(168, (int) value(store, k, "horizon_hours", at));
    }

    private static double value(MetricStore store, SeriesKey k, String field, Instant at) {
        SeriesData d = store.read(SeriesQuery.raw(new SeriesKey(k.measurement(), k.tags(), field), at,
                at.plusSeconds(1)));
        assertEquals(1, d.size(), field + " at " + at);
        assertNotNull(d);
        return d.value(0);
    }
}
