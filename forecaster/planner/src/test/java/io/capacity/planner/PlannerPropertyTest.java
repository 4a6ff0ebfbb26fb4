package io.capacity.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.schedule.Transition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Seeded random inventories and forecasts: the promises of a plan hold in every case. */
class PlannerPropertyTest {
    private static final int CASES = 300;

    @Test
    void poweredCapacityNeverFallsBelowThePromisedBandAndHysteresisHolds() {
        for (int c = 0; c < CASES; c++) {
            Random rnd = new Random(1000 + c);
            HardwareInventory inv = Fixtures.inventory(rnd, 5 + rnd.nextInt(40));
            double usableCores = inv.hosts().stream().filter(Host::usable).mapToDouble(Host::cores).sum();
            Forecast f = Fixtures.cpu(rnd, usableCores * (0.2 + 0.5 * rnd.nextDouble()), 24 + rnd.nextInt(72),
                    Grade.GOOD);
            int k = rnd.nextInt(3);
            PlanOptions o = PlanOptions.DEFAULTS.withRedundancy(k).withTargetUtilisation(0.6 + 0.4 * rnd.nextDouble())
                    .withMinOffTime(java.time.Duration.ofHours(rnd.nextInt(4)))
                    .withMaxTransitionsPerDay(2 + rnd.nextInt(4))
                    .withClock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
            ClusterPlan p = Planner.plan(inv, DemandForecasts.of("c1", Dimension.CPU, f), o).cluster("c1");
            check(c, inv, f, o, p);
        }
    }

    private static void check(int c, HardwareInventory inv, Forecast f, PlanOptions o, ClusterPlan p) {
        Map<String, Host> byId = new HashMap<>();
        inv.hosts().forEach(h -> byId.put(h.id(), h));
        Map<String, Boolean> on = new HashMap<>();
        inv.hosts().forEach(h -> on.put(h.id(), h.state() == io.capacity.planner.inventory.HostState.ON));
        Map<String, Integer> offAt = new HashMap<>();
        Map<String, List<Integer>> events = new HashMap<>();
        double[] upper = f.interval(95).orElseThrow().upper();
        int lead = (int) Math.ceil(inv.hosts().stream().filter(Host::usable)
                .mapToLong(h -> h.bootTime().toMillis()).max().orElseThrow() / 3_600_000.0);
        int minOff = (int) Math.ceil(o.minOffTime().toMillis() / 3_600_000.0);
        int ti = 0;
        List<Transition> ts = p.transitions();
        assertEquals(0, p.hysteresisOverrides(), "case " + c + ": one forecast never needs an override");
        for (int t = 0; t < f.horizon(); t++) {
            while (ti < ts.size() && ts.get(ti).step() == t) {
                Transition tr = ts.get(ti++);
                on.put(tr.hostId(), tr.on());
                var ev = events.computeIfAbsent(tr.hostId(), x -> new java.util.ArrayList<>());
                ev.add(t);
                long inDay = ev.stream().filter(s -> s > tr.step() - 24).count();
                assertTrue(inDay <= o.maxTransitionsPerDay(), "case " + c + ": host " + tr.hostId() + " made "
                        + inDay + " transitions in a day, limit " + o.maxTransitionsPerDay());
                if (tr.on() && offAt.containsKey(tr.hostId())) {
                    assertTrue(t - offAt.get(tr.hostId()) >= minOff, "case " + c + ": host " + tr.hostId()
                            + " back on after " + (t - offAt.get(tr.hostId())) + " steps, minimum " + minOff);
                }
                if (!tr.on()) {
                    offAt.put(tr.hostId(), t);
                }
            }
            double[] caps = on.entrySet().stream().filter(Map.Entry::getValue)
                    .mapToDouble(e -> byId.get(e.getKey()).cores()).sorted().toArray();
            double nk = 0;
            for (int i = 0; i < caps.length - Math.min(o.redundancy(), caps.length); i++) {
                nk += caps[i];
            }
            double promised = 0;
            for (int s = t; s <= Math.min(f.horizon() - 1, t + lead); s++) {
                promised = Math.max(promised, Math.max(0, upper[s]) / o.targetUtilisation());
            }
            if (p.unmetSteps() == 0) {
                assertTrue(nk >= promised - 1e-6, "case " + c + " step " + t + ": N+" + o.redundancy()
                        + " capacity " + nk + " below the promised " + promised);
            }
        }
        if (p.unmetSteps() == 0) {
            assertTrue(p.planKwh() <= p.heldKwh() + 1e-6 || ts.stream().anyMatch(Transition::on),
                    "case " + c + ": a plan that only powers down cannot use more energy");
        }
    }

    @Test
    void aBadForecastHoldsTheCurrentStateAndBuysNothing() {
        Random rnd = new Random(7);
        HardwareInventory inv = Fixtures.inventory(rnd, 20);
        Forecast f = Fixtures.cpu(rnd, 5000, 48, Grade.BAD);
        ClusterPlan p = Planner.plan(inv, DemandForecasts.of("c1", Dimension.CPU, f), PlanOptions.DEFAULTS)
                .cluster("c1");
        assertTrue(p.transitions().isEmpty());
        assertEquals(1, p.recommendations().size());
        assertEquals(io.capacity.planner.recommend.Kind.NO_BUY_BAD_FORECAST, p.recommendations().get(0).kind());
        if (p.recommendations().stream().anyMatch(r -> r.kind() == io.capacity.planner.recommend.Kind.BUY)) {
            fail("bought from a BAD forecast");
        }
    }
}
