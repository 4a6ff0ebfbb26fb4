package io.capacity.planner;

import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Depreciation;
import io.capacity.planner.inventory.InventoryException;
import io.capacity.planner.inventory.InventoryLoaderTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteTest {
    private static final String COSTS = """
            costs:
              tariff:
                default: 0.11
                zone: Europe/Berlin
                bands:
                  - {days: [mon-fri], from: 7, to: 22, price: 0.24}
                  - {days: [sat, sunday], from: 10, to: 14, price: 0.05}
              pue: 1.3
              depreciation: declining-balance
              cost_of_capital: 0.06
              procurement_lead_time: 90d
            """;

    @Test
    void withoutACostsSectionTheDefaultsApply() {
        Site s = Site.parse(InventoryLoaderTest.GOOD, "inv.yaml");
        assertEquals(CostSettings.DEFAULTS, s.costs());
        assertFalse(s.costsGiven());
        assertEquals(3, s.inventory().hosts().size());
    }

    @Test
    void readsTimeOfUseTariffAndTheRest() {
        Site s = Site.parse(InventoryLoaderTest.GOOD + COSTS, "inv.yaml");
        CostSettings c = s.costs();
        assertTrue(s.costsGiven());
        // 2024-01-08 is a Monday; Berlin is UTC+1 in January: 06:30Z is 07:30 there (peak), 21:30Z is 22:30 (off).
        assertEquals(0.24, c.tariff().priceAt(Instant.parse("2024-01-08T06:30:00Z")), 1e-12);
        assertEquals(0.11, c.tariff().priceAt(Instant.parse("2024-01-08T21:30:00Z")), 1e-12);
        assertEquals(0.11, c.tariff().priceAt(Instant.parse("2024-01-08T05:30:00Z")), 1e-12);
        // Sunday noon in Berlin: the weekend band.
        assertEquals(0.05, c.tariff().priceAt(Instant.parse("2024-01-14T11:00:00Z")), 1e-12);
        assertEquals(1.3, c.pue(), 1e-12);
        assertEquals(Depreciation.decliningBalance(2), c.depreciation());
        assertEquals(0.06, c.costOfCapital(), 1e-12);
        assertEquals(90, c.procurementLead(), 1e-12);
    }

    @Test
    void aFlatTariffIsANumber() {
        Site s = Site.parse(InventoryLoaderTest.GOOD + "costs: {tariff: 0.2, depreciation: straight-line}\n",
                "inv.yaml");
        assertTrue(s.costs().tariff().flat());
        assertEquals(0.2, s.costs().tariff().priceAt(Instant.EPOCH), 1e-12);
        assertEquals(CostSettings.DEFAULTS.pue(), s.costs().pue(), 1e-12);
    }

    /** Issue 19 item 5: the wear of a power cycle, by default each host's price over 50,000 rated cycles. */
    @Test
    void thePowerCycleCostIsReadOrDerivedFromTheHostsPrice() {
        Site given = Site.parse(InventoryLoaderTest.GOOD + "costs: {power_cycle_cost: 0.05}\n", "inv.yaml");
        assertEquals(0.05, given.costs().cycleCost(9000), 1e-12);
        Site derived = Site.parse(InventoryLoaderTest.GOOD + "costs: {pue: 1.2}\n", "inv.yaml");
        assertEquals(9000 / 50_000.0, derived.costs().cycleCost(9000), 1e-12);
        InventoryException e = assertThrows(InventoryException.class, () -> Site.parse(InventoryLoaderTest.GOOD
                + "costs: {power_cycle_cost: -1}\n", "inv.yaml"));
        assertTrue(e.getMessage().contains("costs.power_cycle_cost: -1: expected a cost per power cycle of a host,"
                + " at least 0"), e.getMessage());
    }

    @Test
    void everyProblemOfInventoryAndCostsIsListedWithItsLine() {
        String bad = InventoryLoaderTest.GOOD.replace("price: 9000", "price: nine") + """
                costs:
                  tariff:
                    default: 0.11
                    zone: Mars/Olympus
                    bands:
                      - {days: [funday], from: 7, to: 22, price: 0.24}
                      - {days: [mon], from: 14, to: 10, price: 0.3}
                  pue: 0.9
                  depreciation: sum-of-years
                  cost_of_capital: 8
                  procurement_lead_time: soon
                  currency: USD
                """;
        var e = assertThrows(InventoryException.class, () -> Site.parse(bad, "inv.yaml"));
        List<String> p = e.problems();
        int costs = 1 + (int) InventoryLoaderTest.GOOD.lines().count();  // the line of "costs:"
        assertTrue(p.contains("inv.yaml:8: models.r640.price: nine: expected a number >= 0"), p.toString());
        assertTrue(p.contains("inv.yaml:" + (costs + 3) + ": costs.tariff.zone: Mars/Olympus: expected a time zone"
                + " such as Europe/Berlin or UTC"), p.toString());
        assertTrue(p.contains("inv.yaml:" + (costs + 5) + ": costs.tariff.bands[0].days: funday: expected a day"
                + " (mon ... sun) or a range such as mon-fri"), p.toString());
        assertTrue(p.contains("inv.yaml:" + (costs + 6) + ": costs.tariff.bands[1].to: 10: expected an hour after"
                + " from (14)"), p.toString());
        assertTrue(p.contains("inv.yaml:" + (costs + 7) + ": costs.pue: 0.9: expected a number >= 1 (facility watts"
                + " per IT watt)"), p.toString());
        assertTrue(p.contains("inv.yaml:" + (costs + 8) + ": costs.depreciation: sum-of-years: expected"
                + " straight-line or declining-balance"), p.toString());
        assertTrue(p.contains("inv.yaml:" + (costs + 9) + ": costs.cost_of_capital: 8: expected a yearly rate as a"
                + " fraction, such as 0.08"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("inv.yaml:" + (costs + 10)
                + ": costs.procurement_lead_time: soon: expected a duration")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("inv.yaml:" + (costs + 11) + ": costs.currency: USD:"
                + " expected one of the fields")), p.toString());
        assertEquals(9, p.size(), p.toString());
    }

    @Test
    void aDepreciationFactorNeedsDecliningBalance() {
        var e = assertThrows(InventoryException.class, () -> Site.parse(InventoryLoaderTest.GOOD
                + "costs: {depreciation_factor: 1.5}\n", "inv.yaml"));
        assertTrue(e.problems().get(0).endsWith("costs.depreciation_factor: 1.5: expected only with depreciation:"
                + " declining-balance"), e.problems().toString());
        Site s = Site.parse(InventoryLoaderTest.GOOD + "costs: {depreciation: declining-balance, depreciation_factor:"
                + " 1.5}\n", "inv.yaml");
        assertEquals(Depreciation.decliningBalance(1.5), s.costs().depreciation());
    }
}
