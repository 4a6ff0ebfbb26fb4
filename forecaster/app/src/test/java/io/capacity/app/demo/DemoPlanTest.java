package io.capacity.app.demo;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.plan.PlanResult;
import io.capacity.core.forecast.Grade;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan over a backfilled demo fleet: evidence enough to act, a buy where it grows, a power-down at night. */
class DemoPlanTest {
    static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");

    @TempDir
    Path tmp;

    @Test
    void planOverTheDemoFleetBuysForTheGrowingClusterAndPowersDownTheNightlyOne() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (MetricStore store = TestStores.open("embedded", tmp, "demo")) {
            DemoStart demo = DemoStart.run(store, tmp, DemoFleet.DEFAULT_HOSTS, DemoFleet.DEFAULT_SEED, clock);
            PlanRequest r = PlanRequest.DEFAULTS.withInputs(demo.inventory(), DemandSource.Stored.DEFAULTS);
            PlanResult plan = new MakePlan(StoreAccess.shared(store), clock).run(r);
            for (DemoFleet.Shape s : DemoFleet.Shape.values()) {
                ClusterPlan c = plan.plan().cluster(s.cluster());
                assertNotEquals(Grade.BAD, c.grade(), s + ": " + c.gradeReason());
                assertTrue(c.recommendations().stream().noneMatch(x -> x.kind() == Kind.HOLD), s.toString());
            }
            assertTrue(kinds(plan, DemoFleet.Shape.GROWING).contains(Kind.BUY), kinds(plan, DemoFleet.Shape.GROWING)
                    .toString());
            assertTrue(kinds(plan, DemoFleet.Shape.NIGHTLY).contains(Kind.POWER_DOWN));
            ClusterPlan nightly = plan.plan().cluster(DemoFleet.Shape.NIGHTLY.cluster());
            assertTrue(nightly.planKwh() < 0.9 * nightly.heldKwh(), nightly.planKwh() + " vs " + nightly.heldKwh());
            assertTrue(!kinds(plan, DemoFleet.Shape.NIGHTLY).contains(Kind.BUY));
            assertTrue(!kinds(plan, DemoFleet.Shape.FLAT).contains(Kind.BUY));
        }
    }

    private static Set<Kind> kinds(PlanResult plan, DemoFleet.Shape s) {
        return plan.plan().cluster(s.cluster()).recommendations().stream().map(Recommendation::kind)
                .collect(Collectors.toSet());
    }
}
