package io.capacity.planner.inventory;

import io.capacity.planner.model.Dimension;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class InventoryLoaderTest {
    public static final String GOOD = """
            currency: EUR
            models:
              r640:
                power_model: dell-r640-2017
                cores: 56
                memory_gb: 192
                nic_gbps: 25
                price: 9000
                lifetime_years: 5
                boot_time: 4m
                maintenance_per_month: 40
            clusters:
              - id: c1
                power_budget_watts: 20000
                uplinks:
                  - {id: up1, capacity_mbps: 10000, rate_per_mbps_month: 0.5}
            hosts:
              - {id: h1, cluster: c1, model: r640, purchased: 2021-03-01}
              - {id: h2, cluster: c1, model: r640, purchased: 2021-03-01, state: standby, standby_watts: 12}
              - id: old1
                cluster: c1
                cores: 8
                memory_gb: 16
                nic_gbps: 1
                price: 2000
                purchased: 2008-06-01
                lifetime_years: 4
                power_curve: [147, 161, 177, 190, 203, 214, 225, 234, 242, 249, 254]
            """;

    @Test
    void readsHostsWithModelDefaultsAndOverrides() {
        HardwareInventory inv = InventoryLoader.parse(GOOD, "inv.yaml");
        assertEquals("EUR", inv.currency());
        assertEquals(3, inv.hosts().size());
        Host h1 = inv.hosts().get(0);
        assertEquals(56, h1.capacity(Dimension.CPU));
        assertEquals(25000, h1.capacity(Dimension.BANDWIDTH));
        assertEquals(Duration.ofMinutes(4), h1.bootTime());
        assertEquals(HostState.ON, h1.state());
        assertEquals(469, h1.power().peakWatts());
        assertEquals(8, h1.power().standbyWatts());
        Host h2 = inv.hosts().get(1);
        assertEquals(HostState.STANDBY, h2.state());
        assertEquals(12, h2.power().standbyWatts());
        Host old = inv.hosts().get(2);
        assertEquals(254, old.power().peakWatts());
        assertEquals(Duration.ofMinutes(5), old.bootTime(), "named default");
        assertEquals(LocalDate.of(2008, 6, 1), old.purchased());
        assertEquals(20000, inv.cluster("c1").orElseThrow().powerBudgetWatts());
        assertEquals(0.5, inv.cluster("c1").orElseThrow().uplinks().get(0).ratePerMbpsMonth());
        assertEquals(9000, inv.models().get("r640").price());
    }

    @Test
    void listsEveryProblemWithFileLineFieldAndValue() {
        String bad = """
                currency: euro
                models:
                  r640:
                    power_model: dell-r640-2017
                    cores: -4
                    memory_gb: 192
                    nic_gbps: 25
                    price: 9000
                clusters:
                  - id: c1
                hosts:
                  - {id: h1, cluster: c9, model: r640, purchased: 2021-03-01}
                  - {id: h2, cluster: c1, model: r999, purchased: yesterday, state: sleeping}
                  - {id: h1, cluster: c1, model: r640, purchased: 2021-03-01, boot_time: soon, colour: red}
                """;
        var e = assertThrows(InventoryException.class, () -> InventoryLoader.parse(bad, "inv.yaml"));
        var p = e.problems();
        assertTrue(p.contains("inv.yaml:1: currency: euro: expected a three-letter ISO 4217 code such as EUR"),
                p.toString());
        assertTrue(p.contains("inv.yaml:5: models.r640.cores: -4: expected a number > 0"), p.toString());
        assertTrue(p.contains("inv.yaml:12: hosts[0].cluster: c9: expected one of the clusters [c1]"),
                p.toString());
        assertTrue(p.contains("inv.yaml:13: hosts[1].model: r999: expected one of the models [r640]"),
                p.toString());
        assertTrue(p.contains("inv.yaml:13: hosts[1].purchased: yesterday: expected a date such as 2021-03-01"),
                p.toString());
        assertTrue(p.contains("inv.yaml:13: hosts[1].state: sleeping: expected one of on, standby, off"),
                p.toString());
        assertTrue(p.contains("inv.yaml:14: hosts[2].id: h1: expected a host name not used before"),
                p.toString());
        assertTrue(p.contains("inv.yaml:14: hosts[2].boot_time: soon: expected a duration such as 90s, 5m, 2h"
                + " or PT5M"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("inv.yaml:14: hosts[2].colour: red: expected one of")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("inv.yaml:13: hosts[1].cores: (missing)")),
                p.toString());
        assertTrue(p.size() >= 10, p.toString());
    }

    @Test
    void reportsSyntaxErrorsWithTheirLine() {
        var e = assertThrows(InventoryException.class,
                () -> InventoryLoader.parse("currency: EUR\nhosts: [\n  - a: b\n", "x.yaml"));
        assertTrue(e.problems().get(0).startsWith("x.yaml:"), e.problems().toString());
    }

    @Test
    void shortPowerCurveIsAProblem() {
        String bad = GOOD.replace("[147, 161, 177, 190, 203, 214, 225, 234, 242, 249, 254]", "[147, 161]");
        var e = assertThrows(InventoryException.class, () -> InventoryLoader.parse(bad, "inv.yaml"));
        assertTrue(e.problems().get(0).startsWith("inv.yaml:28: hosts[2].power_curve: [147, 161]: expected 11"),
                e.problems().toString());
    }
}
