package io.capacity.app.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.demand.DemandReads;
import io.capacity.planner.Site;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.model.Dimension;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCapacityTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final int HOURS = 14 * 24;
    /** An hour after the last stored value. */
    private static final Clock NOW = Clock.fixed(T0.plus(Duration.ofHours(HOURS)), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    Path inventory;

    @BeforeEach
    void threeHosts() throws Exception {
        inventory = TestStores.threeHosts(tmp, "standby");
    }

    /** Each host's CPU load grows from 20 % to 40 % over two weeks (with a small daily cycle); memory is flat. */
    private static void history(MetricStore store) {
        for (String h : new String[] {"h1", "h2", "h3"}) {
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", h), "usage_idle", T0, HOURS,
                    i -> 100 - (20 + 20.0 * i / (HOURS - 1) + Math.sin(2 * Math.PI * (i % 24) / 24)));
            TestStores.hourly(store, "mem", Map.of("host", h), "used", T0, HOURS, i -> 64.0 * (1L << 30));
        }
    }

    private CapacityRequest request() {
        return CapacityRequest.of(inventory, "c1").withModel("drift");
    }

    @Test
    void usageUsableCapacityHeadroomAndTimeRemainingPerDimension() {
        try (MetricStore store = TestStores.open("embedded", tmp, "cap")) {
            history(store);
            ClusterCapacity c = new AssessCapacity(StoreAccess.shared(store), NOW).run(request());
            DimensionCapacity cpu = c.dimensions().stream().filter(d -> d.dimension() == Dimension.CPU).findFirst()
                    .orElseThrow();
            double lastLoad = 0.40 + Math.sin(2 * Math.PI * 23 / 24) / 100;
            assertEquals(3 * 56 * lastLoad, cpu.usage(), 1e-6);
            assertEquals(168, cpu.capacity(), 1e-9);
            assertEquals((168 - 56) * 0.8, cpu.usable(), 1e-9, "N+1 leaves two hosts, at the 0.8 target");
            assertEquals(cpu.usable() - cpu.usage(), cpu.headroom(), 1e-9);
            assertEquals(T0.plus(Duration.ofHours(HOURS - 1)), cpu.observedAt());
            // The mean grows 168 x 0.2 / 14 = 2.4 cores a day: it reaches 89.6 about 9.3 days on; the upper band
            // crosses sooner, and not in the first hours.
            Duration left = cpu.timeRemaining().orElseThrow();
            assertTrue(left.compareTo(Duration.ofDays(1)) > 0 && left.compareTo(Duration.ofHours(9 * 24 + 8)) < 0,
                    left.toString());
            assertEquals(cpu.crossesAt(), cpu.observedAt().plus(left));

            DimensionCapacity mem = c.dimensions().stream().filter(d -> d.dimension() == Dimension.MEMORY).findFirst()
                    .orElseThrow();
            assertEquals(192, mem.usage(), 1e-9);
            assertEquals(576, mem.capacity(), 1e-9);
            assertEquals(384 * 0.8, mem.usable(), 1e-9);
            assertNull(mem.crossesAt(), "flat memory never reaches the usable capacity");
            assertTrue(mem.timeRemaining().isEmpty());
            assertEquals(Dimension.CPU, c.mostConstrained().dimension());
            assertFalse(c.dimensions().stream().anyMatch(d -> d.dimension() == Dimension.BANDWIDTH),
                    "no net data: bandwidth is not assessed");
        }
    }

    @Test
    void aPowerBudgetIsAssessedFromTheHostsWattsAndEachDimensionIsSizedAndRated() throws Exception {
        java.nio.file.Files.writeString(inventory, java.nio.file.Files.readString(inventory)
                .replace("  - id: c1\n", "  - id: c1\n    power_budget_watts: 1500\n"));
        try (MetricStore store = TestStores.open("embedded", tmp, "cap_power")) {
            history(store);
            // Two supplies per host, 200 W each, growing to 250 W: 1,200 W now against a 1,500 W budget at 0.8.
            for (String h : new String[] {"h1", "h2", "h3"}) {
                for (String psu : new String[] {"psu1", "psu2"}) {
                    TestStores.hourly(store, "ipmi_sensor", Map.of("host", h, "name", psu, "unit", "watts"),
                            "value", T0, HOURS, i -> 150 + 50.0 * i / (HOURS - 1));
                }
                TestStores.hourly(store, "ipmi_sensor", Map.of("host", h, "name", "inlet_temp", "unit",
                        "degrees_c"), "value", T0, HOURS, i -> 24);
            }
            ClusterCapacity c = new AssessCapacity(StoreAccess.shared(store), NOW).run(request()
                    .withThresholds(CapacityThresholds.ofDays(2, 6)));
            DimensionCapacity power = c.dimensions().stream().filter(d -> d.dimension() == Dimension.POWER)
                    .findFirst().orElseThrow();
            assertEquals(1200, power.usage(), 1e-6, "the watts sensors summed; the temperature left out");
            assertEquals(1500, power.capacity(), 1e-9);
            assertEquals(1200, power.usable(), 1e-9, "no spare for a budget, at the 0.8 target");
            assertEquals(power.peakUpper() / 0.8, power.recommended().capacity(), 1e-9);
            assertNull(power.recommended().hosts(), "hosts do not provide power");
            assertEquals(Duration.ZERO.plusHours(1), power.timeRemaining().orElseThrow(),
                    "the growing draw's upper band is over the budget at once");
            assertEquals(Criticality.CRITICAL, power.criticality());

            DimensionCapacity cpu = c.dimensions().stream().filter(d -> d.dimension() == Dimension.CPU).findFirst()
                    .orElseThrow();
            assertEquals("r640", cpu.recommended().model());
            assertEquals((int) Math.ceil(cpu.peakUpper() / 0.8 / 56) + 1, cpu.recommended().hosts(), "plus N+1");
            assertEquals(cpu.peakUpper() / 0.8 + 56, cpu.recommended().capacity(), 1e-9);
            assertEquals(3, cpu.recommended().hostsNow());
            assertEquals(cpu.recommended().hosts() - 3, cpu.recommended().change());
            Duration left = cpu.timeRemaining().orElseThrow();
            assertEquals(left.compareTo(Duration.ofDays(2)) <= 0 ? Criticality.CRITICAL
                    : left.compareTo(Duration.ofDays(6)) <= 0 ? Criticality.WARNING : Criticality.OK, cpu.criticality());
            assertTrue(cpu.aggressiveRemaining().orElseThrow().compareTo(left) >= 0, "the mean crosses later");
            assertNotNull(cpu.method());
            DimensionCapacity mem = c.dimensions().stream().filter(d -> d.dimension() == Dimension.MEMORY)
                    .findFirst().orElseThrow();
            assertEquals(Criticality.OK, mem.criticality(), "flat memory never runs out");
            assertEquals(Dimension.POWER, c.mostConstrained().dimension());
            assertEquals(Criticality.CRITICAL, c.criticality());
        }
    }

    @Test
    void usageAlreadyOverTheUsableCapacityLeavesNoTime() {
        try (MetricStore store = TestStores.open("embedded", tmp, "cap_over")) {
            history(store);
            ClusterCapacity c = new AssessCapacity(StoreAccess.shared(store), NOW)
                    .run(request().withTarget(0.3, 95, 1));
            DimensionCapacity cpu = c.mostConstrained();
            assertEquals(Dimension.CPU, cpu.dimension());
            assertTrue(cpu.headroom() < 0);
            assertEquals(Duration.ZERO, cpu.timeRemaining().orElseThrow());
        }
    }

    @Test
    void anInventoryLoadedOnceGivesTheCapacityItsFileGivesWithoutReadingItAgain() throws Exception {
        try (MetricStore store = TestStores.open("embedded", tmp, "cap_loaded")) {
            history(store);
            HardwareInventory inv = Site.load(inventory).inventory();
            ClusterCapacity fromFile = new AssessCapacity(StoreAccess.shared(store), NOW).run(request());
            java.nio.file.Files.delete(inventory);
            ClusterCapacity loaded = new AssessCapacity(StoreAccess.shared(store), NOW, DemandReads.kept())
                    .run(request(), inv, List.of(Set.of())).get(0);
            assertEquals(fromFile, loaded);
        }
    }

    @Test
    void anUnknownClusterOrNoDataIsNamed() {
        try (MetricStore store = TestStores.open("embedded", tmp, "cap_none")) {
            AssessCapacity uc = new AssessCapacity(StoreAccess.shared(store), NOW);
            RequestProblem unknown = assertThrows(RequestProblem.class,
                    () -> uc.run(CapacityRequest.of(inventory, "c9")));
            assertEquals("cluster c9: not in the inventory; its clusters are [c1]", unknown.render(k -> k));
            RequestProblem none = assertThrows(RequestProblem.class, () -> uc.run(request()));
            assertFalse(none.usage());
            assertTrue(none.getMessage().startsWith("cluster c1: no stored cpu, mem or net data"), none.getMessage());
        }
    }

    @Test
    void theRequestIsCheckedAsItIsBuilt() {
        assertEquals("level 100.0: expected a percentage between 0 and 100 (exclusive)", assertThrows(
                RequestProblem.class, () -> CapacityRequest.DEFAULTS.withTarget(0.8, 100, 1)).render(k -> k));
        assertEquals("target_util 1.5: expected a utilisation above 0 and at most 1", assertThrows(
                RequestProblem.class, () -> CapacityRequest.DEFAULTS.withTarget(1.5, 95, 1)).render(k -> k));
        assertEquals(336, CapacityRequest.DEFAULTS.steps(), "14 days of hourly steps");
    }
}
