package io.capacity.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.sim.ModelOutcome;
import io.capacity.store.MetricStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanUseCasesTest {
    private static final Path EXAMPLES = Path.of("../../docs/examples");

    @TempDir
    Path tmp;

    private static PlanRequest example() {
        return PlanRequest.DEFAULTS.withInputs(EXAMPLES.resolve("inventory.yaml"),
                new DemandSource.File(EXAMPLES.resolve("demand-c1.csv"))).withGrid(Duration.ofDays(1),
                Duration.ofHours(1));
    }

    @Test
    void plansTheReadmesExampleAsOfTheEndOfItsDemand() {
        PlanResult r = new MakePlan(StoreAccess.shared(null), Clock.systemUTC()).run(example());
        assertNull(r.whatIf());
        ClusterPlan c1 = r.plan().cluster("c1");
        // The figures the README shows for this command.
        assertEquals(114.1, c1.planKwh(), 0.05);
        assertEquals(114.0, c1.heldKwh(), 0.05);
        assertEquals(24, c1.horizon());
        assertTrue(r.written() instanceof io.capacity.planner.plan.Plan p && !p.clusters().isEmpty());
    }

    @Test
    void aWhatIfPlansTheSameForecastsWithTheChanges() {
        WhatIfSpec w = new WhatIfSpec(33.0, null, List.of("2:r640"), List.of(), null, null, null, null, null);
        PlanResult r = new MakePlan(StoreAccess.shared(null), Clock.systemUTC()).run(example().withWhatIf(w));
        assertNull(r.plan());
        assertEquals("workload +33.0 %; add 2:r640", r.whatIf().scenario().name());
        assertEquals(114.1, r.whatIf().base().cluster("c1").planKwh(), 0.05);
        assertEquals(148.2, r.whatIf().changed().cluster("c1").planKwh(), 0.05);
    }

    @Test
    void whatIfHostsAreCheckedAgainstTheInventoryBeforeForecasting() {
        WhatIfSpec w = new WhatIfSpec(null, null, List.of("2:r999"), List.of(), null, null, null, null, null);
        RequestProblem p = assertThrows(RequestProblem.class, () -> new MakePlan(StoreAccess.shared(null),
                Clock.systemUTC()).run(example().withWhatIf(w)));
        assertFalse(p.usage());
        assertEquals("--what-if-add-hosts '2:r999': no model 'r999' in the inventory; its models are [r640]",
                p.render(k -> "--" + k.replace('_', '-')));
        assertEquals("what_if_workload -150.0", assertThrows(RequestProblem.class, () -> new WhatIfSpec(-150.0,
                null, List.of(), List.of(), null, null, null, null, null)).render(k -> k).split(":")[0]);
    }

    @Test
    void plansFromTheHostsStoredMetrics() throws Exception {
        Path inv = TestStores.threeHosts(tmp, "on");
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        int hours = 7 * 24;
        try (MetricStore store = TestStores.open("embedded", tmp, "plan")) {
            for (String h : new String[] {"h1", "h2", "h3"}) {
                TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", h), "usage_idle", start, hours,
                        i -> 80 - 10 * Math.sin(2 * Math.PI * (i % 24) / 24));
            }
            Clock now = Clock.fixed(start.plus(Duration.ofHours(hours)), ZoneOffset.UTC);
            PlanRequest r = PlanRequest.DEFAULTS.withInputs(inv, DemandSource.Stored.DEFAULTS)
                    .withGrid(Duration.ofDays(1), Duration.ofHours(1)).withModel("snaive");
            PlanResult plan = new MakePlan(StoreAccess.shared(store), now).run(r);
            ClusterPlan c1 = plan.plan().cluster("c1");
            assertNotNull(c1);
            assertEquals(24, c1.horizon());
            // Three hosts at 20 % +- 10 % of 168 cores: N+1 keeps at least two powered, never all three needed.
            assertTrue(c1.planKwh() <= c1.heldKwh() + 1e-9, c1.planKwh() + " vs " + c1.heldKwh());
        }
    }

    @Test
    void theRulesAreThePlannersDefaultsAndAreChecked() {
        PlanOptions d = PlanOptions.DEFAULTS;
        assertEquals(d.upperLevel(), PlanRules.DEFAULTS.quantile());
        assertEquals(d.targetUtilisation(), PlanRules.DEFAULTS.targetUtil());
        assertEquals(d.minOffTime(), PlanRules.DEFAULTS.minOffTime());
        RequestProblem p = assertThrows(RequestProblem.class, () -> new PlanRules(95, 2, 1, Duration.ofHours(1), 4,
                true));
        assertTrue(p.usage());
        assertTrue(p.render(k -> "--" + k.replace('_', '-')).startsWith("--target-util 2.0: "), p.getMessage());
        assertEquals("packing: expected efficient or target, got 'dense'", assertThrows(RequestProblem.class,
                () -> PlanRules.efficientPacking("dense")).render(k -> k));
    }

    @Test
    void simulatesATraceAgainstAlwaysOnAndTheOracle() throws Exception {
        StringBuilder csv = new StringBuilder("step,load\n");
        for (int i = 0; i < 3 * 288; i++) {
            csv.append(i).append(',').append(40 + 30 * Math.sin(2 * Math.PI * (i % 288) / 288)).append('\n');
        }
        Path trace = Files.writeString(tmp.resolve("trace.csv"), csv);
        SimulateRequest r = SimulateRequest.DEFAULTS.withTrace(trace, "load");
        Simulate.Run run = Simulate.run(r);
        assertEquals(2, run.result().outcomes().size(), "one per default host model");
        for (ModelOutcome o : run.result().outcomes()) {
            assertTrue(o.oracleKwh() <= o.planKwh() + 1e-6 && o.planKwh() <= o.alwaysOnKwh() + 1e-6, o.toString());
        }
        assertEquals("EUR", run.result().currency());
        assertEquals(0.08, run.costs().costOfCapital(), 0);
        assertEquals("hosts 1: a fleet needs at least 2 hosts, got 1", assertThrows(RequestProblem.class,
                () -> new SimulateRequest(trace, "load", Duration.ofMinutes(5), null, null, 1, null, null,
                        "seasonal-shape", Duration.ofMinutes(5), null, 0.15, 1.5, 9000, "EUR")).render(k -> k));
    }
}
