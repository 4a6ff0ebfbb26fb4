package io.capacity.planner.demand;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.Fixtures;
import io.capacity.planner.Planner;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.PlanInputs;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan never acts on thin evidence: short history, serving hosts without data, zero-width intervals. */
class EvidenceRuleTest {
    private static final PlanOptions OPTS = PlanOptions.DEFAULTS.withClock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
    private static final Duration HOUR = Duration.ofHours(1);

    /** 24 R640s, all serving; a demand of 100 cores, bound 120, which 3 + 1 hosts carry: a plan powers 20 down. */
    private static HardwareInventory fleet() {
        List<Host> hosts = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            hosts.add(Fixtures.MODERN.host(String.format("node%02d", i), "c1", LocalDate.of(2023, 1, 1),
                    HostState.ON));
        }
        return new HardwareInventory("EUR", Map.of("r640", Fixtures.MODERN), hosts,
                List.of(new Cluster("c1", Double.POSITIVE_INFINITY, List.of())));
    }

    private static Forecast forecast(double mean, double upper) {
        double[] m = new double[24];
        double[] u = new double[24];
        Arrays.fill(m, mean);
        Arrays.fill(u, upper);
        return new Forecast("c1:cpu", Fixtures.T0, HOUR, m, List.of(new PredictionInterval(95, m, u)), null, null,
                "test", null, new Quality(Grade.GOOD, "test"));
    }

    /** Hourly history of {@code hours} values ending at the plan's start. */
    private static DemandEvidence history(int hours, Set<String> without) {
        double[] v = new double[hours];
        Arrays.fill(v, 100);
        return DemandEvidence.of(new TimeSeries("c1:cpu", Fixtures.T0.minus(HOUR.multipliedBy(hours)), HOUR, v),
                without);
    }

    private static ClusterPlan plan(DemandForecasts d) {
        return Planner.plan(fleet(), d, OPTS).cluster("c1");
    }

    private static void assertHeld(ClusterPlan p, String... reasons) {
        assertEquals(Grade.BAD, p.grade(), p.gradeReason());
        assertTrue(p.transitions().isEmpty(), p.transitions().toString());
        assertEquals(1, p.recommendations().size(), p.recommendations().toString());
        assertEquals(Kind.HOLD, p.recommendations().get(0).kind());
        for (String r : reasons) {
            assertTrue(p.gradeReason().contains(r), p.gradeReason());
            assertTrue(p.recommendations().get(0).summary().contains(r), p.recommendations().get(0).summary());
        }
    }

    @Test
    void enoughHistoryForEveryServingHostPlansAsBefore() {
        DemandForecasts d = DemandForecasts.of("c1", Dimension.CPU, forecast(100, 120));
        ClusterPlan without = plan(d);
        ClusterPlan with = plan(d.withEvidence("c1", Dimension.CPU, history(48, Set.of())));
        assertEquals(Grade.GOOD, with.grade());
        assertTrue(with.recommendations().stream().anyMatch(r -> r.kind() == Kind.POWER_DOWN), with.toString());
        assertEquals(without.transitions(), with.transitions());
    }

    @Test
    void aHistoryShorterThanTwoDailySeasonsHolds() {
        DemandForecasts d = DemandForecasts.of("c1", Dimension.CPU, forecast(100, 120))
                .withEvidence("c1", Dimension.CPU, history(47, Set.of()));
        assertHeld(plan(d), "cpu history spans 1d 23h (47 value(s) at 1h steps); a plan needs at least 2d");
    }

    @Test
    void servingHostsWithoutDataHoldAndAreNamed() {
        Set<String> without = Set.of("node02", "node03", "node24");
        DemandForecasts d = DemandForecasts.of("c1", Dimension.CPU, forecast(100, 120))
                .withEvidence("c1", Dimension.CPU, history(24 * 28, without));
        assertHeld(plan(d), "no cpu data for 3 of 24 serving hosts (node02, node03, node24)");
        // A host the what-if removes is no longer missing; hosts it adds had no history to miss.
        PlanInputs in = new PlanInputs(fleet(), d, OPTS);
        ClusterPlan removed = Planner.whatIf(in, Scenario.named("t").withHostsRemoved(without)).changed()
                .cluster("c1");
        assertEquals(Grade.GOOD, removed.grade(), removed.gradeReason());
        assertTrue(removed.recommendations().stream().anyMatch(r -> r.kind() == Kind.POWER_DOWN));
    }

    @Test
    void servingHostsWithLessThanTwoSeasonsOfTheirOwnHoldToo() {
        // Four weeks for the cluster, but node02 joined the sum two hours ago and node03 has nothing.
        double[] v = new double[24 * 28];
        Arrays.fill(v, 100);
        TimeSeries s = new TimeSeries("c1:cpu", Fixtures.T0.minus(HOUR.multipliedBy(v.length)), HOUR, v);
        Map<String, Duration> hosts = new java.util.TreeMap<>();
        for (Host h : fleet().hosts()) {
            hosts.put(h.id(), Duration.ofDays(28));
        }
        hosts.put("node02", Duration.ofHours(2));
        hosts.put("node03", Duration.ZERO);
        DemandForecasts d = DemandForecasts.of("c1", Dimension.CPU, forecast(100, 120))
                .withEvidence("c1", Dimension.CPU, DemandEvidence.of(s, hosts));
        assertHeld(plan(d), "no cpu data for 1 of 24 serving hosts (node03)",
                "under 2d of cpu data for 1 of 24 serving hosts (node02, shortest 2h)");
        hosts.put("node02", Duration.ofDays(2));
        hosts.put("node03", Duration.ofDays(3));
        ClusterPlan enough = plan(DemandForecasts.of("c1", Dimension.CPU, forecast(100, 120))
                .withEvidence("c1", Dimension.CPU, DemandEvidence.of(s, hosts)));
        assertEquals(Grade.GOOD, enough.grade(), enough.gradeReason());
    }

    @Test
    void aZeroWidthIntervalIsNoBasisForPowerDown() {
        // Two minutes of constant data, forecast flat with zero-width intervals: the case.
        assertHeld(plan(DemandForecasts.of("c1", Dimension.CPU, forecast(22.4, 22.4))),
                "the cpu forecast's 95 % interval has zero width");
        ClusterPlan both = plan(DemandForecasts.of("c1", Dimension.CPU, forecast(22.4, 22.4))
                .withEvidence("c1", Dimension.CPU, history(1, Set.of("node02"))));
        assertHeld(both, "cpu history spans 1h (1 value(s) at 1h steps)", "no cpu data for 1 of 24 serving hosts");
        // Two days of the same value are evidence of a constant demand.
        ClusterPlan constant = plan(DemandForecasts.of("c1", Dimension.CPU, forecast(22.4, 22.4))
                .withEvidence("c1", Dimension.CPU, history(48, Set.of())));
        assertEquals(Grade.GOOD, constant.grade(), constant.gradeReason());
    }
}
