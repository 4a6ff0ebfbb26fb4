package io.capacity.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.schedule.Transition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 5 in the live plan: the schedule weighs each power-down against its power cycle (the boot and the
 * wear, power_cycle_cost) as the replay does: a host goes dark only where the demand bound leaves it unneeded for its
 * break-even off time, and past the horizon the busiest planned step counts.
 */
class PlanBreakEvenTest {
    private static final PlanOptions OPTS = PlanOptions.DEFAULTS.withClock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC))
            .withEfficientPacking(false);
    /** 8-core PE2950s: 2,000 EUR, so 0.04 a cycle by default; idle 147 W, standby 6 W. */
    private static final int HOSTS = 6;

    private static HardwareInventory oldHosts() {
        List<Host> list = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            list.add(Fixtures.OLD.host("h" + i, "c1", LocalDate.of(2023, 1, 1), HostState.ON));
        }
        return new HardwareInventory("EUR", Map.of("pe2950", Fixtures.OLD), list,
                List.of(new Cluster("c1", Double.POSITIVE_INFINITY, List.of())));
    }

    /** Hourly upper bounds of CPU cores, the mean 90 % of them. */
    private static DemandForecasts cores(double... upper) {
        double[] mean = upper.clone();
        for (int i = 0; i < mean.length; i++) {
            mean[i] *= 0.9;
        }
        Forecast f = new Forecast("cpu", Fixtures.T0, Duration.ofHours(1), mean,
                List.of(new PredictionInterval(95, mean, upper.clone())), null, null, "test", null,
                new Quality(Grade.GOOD, "test"));
        return DemandForecasts.of("c1", Dimension.CPU, f);
    }

    /** {@code low} cores for {@code dip} hourly steps, then {@code high}, over {@code hours}. */
    private static DemandForecasts dip(int hours, int dip, double low, double high) {
        double[] upper = new double[hours];
        Arrays.fill(upper, high);
        Arrays.fill(upper, 0, dip, low);
        return cores(upper);
    }

    /** The plan with a cost per power cycle ({@code null}: the host's price over 50,000 rated cycles). */
    private static ClusterPlan plan(DemandForecasts d, Double cycleCost) {
        return Planner.plan(oldHosts(), d, OPTS.withCosts(CostSettings.DEFAULTS.withCycleCost(cycleCost)))
                .cluster("c1");
    }

    private static long downs(ClusterPlan p) {
        return p.transitions().stream().filter(t -> !t.on()).count();
    }

    /*
     * Six 8-core PE2950s (147 W idle, 6 W standby, 2,000 EUR), N+1, target 0.8, hourly steps: the 5-minute boot
     * takes one step, so a cycle costs 147 Wh booting plus its wear at 0.15/kWh and PUE 1.5 (0.225 a kWh), over the
     * 141 W an idle host's absence saves. 8 cores need 10 / 8 = 2 hosts + 1: three may go; 32 cores need all six.
     * A power-off is judged over the boot step, the decision's step and the minimum off time (1 h): 3 steps.
     */

    @Test
    void aDipShorterThanTheBreakEvenPowersNothingDown() {
        // Four quiet hours. Without wear the boot pays back in 1.04 h (2 steps): steps [0, 4) are quiet, the three
        // spare hosts go. At 1.00 a cycle (4,444 Wh of wear) the break-even is 32.6 h, past the day considered.
        DemandForecasts d = dip(12, 4, 8, 32);
        ClusterPlan unweighed = plan(d, 0.0);
        assertEquals(3, downs(unweighed), unweighed.transitions().toString());
        ClusterPlan weighed = plan(d, 1.00);
        assertEquals(0, downs(weighed), weighed.transitions().toString());
        assertTrue(weighed.recommendations().stream().noneMatch(r -> r.kind() == Kind.POWER_DOWN));
        assertTrue(unweighed.planKwh() < weighed.planKwh());
    }

    @Test
    void aDipLongerThanTheBreakEvenPowersDownTheHostsItPaysFor() {
        // Default wear, 2,000 / 50,000 = 0.04 a cycle: (147 + 178) Wh / 141 W = 2.3 h, 3 steps. Four quiet hours
        // do not pay (steps [0, 5) reach the rise), eight do.
        ClusterPlan shortDip = plan(dip(24, 4, 8, 32), null);
        assertEquals(0, downs(shortDip), shortDip.transitions().toString());
        ClusterPlan longDip = plan(dip(24, 8, 8, 32), null);
        assertEquals(3, downs(longDip), longDip.transitions().toString());
        List<Transition> on = longDip.transitions().stream().filter(Transition::on).toList();
        assertEquals(3, on.size(), "back on ahead of the rise");
        assertTrue(on.stream().noneMatch(Transition::override), "none called back before its break-even");
    }

    @Test
    void pastTheHorizonTheBusiestPlannedStepCounts() {
        // Busy for two hours, then quiet to the horizon's end (10 h). At 0.16 a cycle the break-even is 6.0 h: from
        // step 2 the window runs past the horizon, where nothing is known, so the busiest planned step (32 cores)
        // counts and nothing goes dark; without wear (2 steps) the window ends inside the horizon and they go.
        DemandForecasts d = cores(32, 32, 8, 8, 8, 8, 8, 8, 8, 8);
        ClusterPlan p = plan(d, 0.16);
        assertEquals(0, downs(p), p.transitions().toString());
        assertEquals(3, downs(plan(d, 0.0)));
    }
}
