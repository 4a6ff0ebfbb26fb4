package io.capacity.app.pipeline.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanState;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.planner.Site;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the cluster run writes for the "Power and cost" dashboard, read back from a real influxd after the demo
 * fleet's history and two runs: the schedule as future {@code capacity_plan_step} points, the purchase the growing
 * cluster needs with its dates, the energy held and planned on {@code capacity_plan}, and the book by state.
 */
class SchedulePointsTest {
    private static final Instant NOW = Instant.parse("2026-03-04T18:00:00Z");
    private static final Map<String, String> DEMO = Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);

    @TempDir
    Path tmp;

    @Test
    void scheduleStepsPurchasesEnergyAndPlansByStateAreStored() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (MetricStore store = TestStores.open("influxdb", tmp, "schedule");
             PlanBook book = new PlanBook(DuckPlanStore.open(tmp.resolve("data")), clock, BookSettings.DEFAULTS)) {
            DemoStart demo = DemoStart.run(store, tmp.resolve("data"), DemoFleet.DEFAULT_HOSTS, DemoFleet.DEFAULT_SEED,
                    clock);
            ClusterSettings settings = ClusterSettings.of(demo.inventory(), PipelineSettings.DEFAULTS.withThreads(2))
                    .withTags(DEMO, "SIMULATED demo fleet");
            ClusterPlans plans = new ClusterPlans(StoreAccess.shared(store), clock, settings,
                    PipelineState.inMemory(), book);
            ClusterRun first = plans.run();
            assertEquals(3, first.planned(), first.clusters().toString());
            assertStates(store, NOW, 3, 0);

            for (ClusterOutcome o : first.clusters()) {
                String c = o.cluster();
                double[] powered = values(store, MetricSchema.PLAN_STEP.name(), c, "hosts_powered", NOW,
                        NOW.plus(Duration.ofDays(8)));
                assertEquals(168, powered.length, c + ": a point per step of the week's horizon, all in the future");
                double transitions = sum(values(store, MetricSchema.PLAN_STEP.name(), c, "power_ons", NOW,
                        NOW.plus(Duration.ofDays(8)))) + sum(values(store, MetricSchema.PLAN_STEP.name(), c,
                        "power_offs", NOW, NOW.plus(Duration.ofDays(8))));
                assertEquals(transitions, one(store, MetricSchema.PLAN.name(), c, "transitions", NOW), c);
                double held = one(store, MetricSchema.PLAN.name(), c, "held_kwh", NOW);
                double planned = one(store, MetricSchema.PLAN.name(), c, "plan_kwh", NOW);
                assertEquals(o.plan().efficacy().kwhSaved(), held - planned, 1e-6, c + ": saved = held - planned");
                for (double v : powered) {
                    assertTrue(v >= 0 && v <= DemoFleet.DEFAULT_HOSTS / 3, c + ": " + v);
                }
                if (c.equals(DemoFleet.Shape.NIGHTLY.cluster())) {
                    assertTrue(transitions > 0, "the nightly cluster powers hosts down and on again");
                    assertTrue(min(powered) < max(powered), "its powered hosts change over the horizon");
                    assertTrue(planned < held, "and the plan uses less energy than always-on");
                }
            }

            String growing = DemoFleet.Shape.GROWING.cluster();
            SeriesKey buy = key(store, MetricSchema.PURCHASE.name(), growing, "order_by");
            assertEquals(DemoFleet.Shape.GROWING.model(), buy.tags().get("model"), buy.toString());
            double needed = one(store, MetricSchema.PURCHASE.name(), growing, "needed_at", NOW);
            double orderBy = one(store, MetricSchema.PURCHASE.name(), growing, "order_by", NOW);
            double lead = Site.load(demo.inventory()).costs().procurementLead();
            assertEquals(needed - lead * 86_400, orderBy, 1, "order by = needed at - the procurement lead");
            assertTrue(needed > NOW.getEpochSecond() && needed <= NOW.plus(Duration.ofDays(7)).getEpochSecond());
            assertTrue(one(store, MetricSchema.PURCHASE.name(), growing, "hosts", NOW) >= 1);
            assertEquals(1, one(store, MetricSchema.PLAN.name(), growing, "purchases", NOW));

            clock.advance(Duration.ofHours(1));
            plans.run();
            assertStates(store, NOW.plus(Duration.ofHours(1)), 3, 3);
        }
    }

    private static void assertStates(MetricStore store, Instant at, int recommended, int superseded) {
        for (PlanState s : PlanState.values()) {
            SeriesKey k = new SeriesKey(MetricSchema.PLAN_STATES.name(), new TreeMap<>(Map.of("state", s.text(),
                    MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO)), "plans");
            SeriesData d = store.read(SeriesQuery.raw(k, at, at.plusSeconds(1)));
            assertEquals(1, d.size(), k.toString());
            int expected = s == PlanState.RECOMMENDED ? recommended : s == PlanState.SUPERSEDED ? superseded : 0;
            assertEquals(expected, (int) d.value(0), k.toString());
        }
    }

    private static SeriesKey key(MetricStore store, String measurement, String cluster, String field) {
        List<SeriesKey> keys = store.series(new SeriesFilter(measurement, field,
                new TreeMap<>(Map.of(MetricSchema.TAG_CLUSTER, cluster))));
        assertEquals(1, keys.size(), measurement + " " + cluster + ": " + keys);
        return keys.get(0);
    }

    private static double[] values(MetricStore store, String measurement, String cluster, String field, Instant from,
                                   Instant to) {
        return store.read(SeriesQuery.raw(key(store, measurement, cluster, field), from, to)).values();
    }

    private static double one(MetricStore store, String measurement, String cluster, String field, Instant at) {
        double[] v = values(store, measurement, cluster, field, at, at.plusSeconds(1));
        assertEquals(1, v.length, measurement + " " + cluster + " " + field + " at " + at);
        return v[0];
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }
}
