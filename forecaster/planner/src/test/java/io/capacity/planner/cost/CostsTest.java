package io.capacity.planner.cost;

import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.inventory.Uplink;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Depreciation;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.power.PowerCatalogue;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CostsTest {
    private static final Host H = new Host("h1", "c1", "r640", 56, 192, 25,
            PowerCatalogue.builtIn().resolve(PowerCatalogue.MODERN), 10_000, LocalDate.of(2020, 1, 1), 5,
            HostState.ON, Duration.ofMinutes(4), 30.4375);

    @Test
    void flatEnergyIsWattsTimesHoursTimesPueTimesTariff() {
        // 2 hours at 500 W and 2 hours at 250 W = 1.5 kWh IT; x PUE 1.5 = 2.25 kWh; x 0.20 = 0.45.
        double[] w = {500, 500, 250, 250};
        var s = CostSettings.DEFAULTS.withTariff(Tariff.flat(0.20));
        CostLine line = Costs.energy("energy", w, null, Duration.ofHours(1), s, "EUR");
        assertEquals(0.45, line.amount(), 1e-12);
        assertEquals(1.5, line.inputs().get("it_kwh"));
        assertEquals(2.25, line.inputs().get("facility_kwh"));
    }

    @Test
    void timeOfUseChargesEachHourAtItsBand() {
        // Peak 0.30 on weekdays 08-20, else 0.10. Monday 07:00, 08:00, 19:00, 20:00 UTC at 1 kW, PUE 1.
        var peak = new Tariff.Band(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 8, 20, 0.30);
        var tou = new Tariff(0.10, List.of(peak), ZoneId.of("UTC"));
        var s = CostSettings.DEFAULTS.withTariff(tou).withPue(1.0);
        Instant mon7 = Instant.parse("2024-01-01T07:00:00Z");
        double[] w = {1000, 1000};
        assertEquals(0.10 + 0.30, Costs.energy("e", w, mon7, Duration.ofHours(1), s, "EUR").amount(), 1e-12);
        Instant mon19 = Instant.parse("2024-01-01T19:00:00Z");
        assertEquals(0.30 + 0.10, Costs.energy("e", w, mon19, Duration.ofHours(1), s, "EUR").amount(), 1e-12);
        Instant sat10 = Instant.parse("2024-01-06T10:00:00Z");
        assertEquals(0.20, Costs.energy("e", w, sat10, Duration.ofHours(1), s, "EUR").amount(), 1e-12);
    }

    @Test
    void ninetyFifthPercentileDropsTheTopFivePercent() {
        // 1..100: ceil(0.95 * 100) = 95th sorted sample = 95; the five highest are free.
        double[] v = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
        assertEquals(95, Costs.percentile95(v));
        assertEquals(7, Costs.percentile95(new double[]{7}));
        // 88 cycles of 1..100 as 5-minute samples (30.556 days) at p95 = 95 Mbps, 2 per Mbps-month:
        // 95 * 2 * 30.5556 / 30.4375 = 190.737.
        double[] month = IntStream.range(0, 8800).mapToDouble(i -> v[i % 100]).toArray();
        var line = Costs.bandwidth(new Uplink("up1", 1000, 2), month, Duration.ofMinutes(5), "EUR");
        assertEquals(95.0, line.inputs().get("p95_mbps"));
        assertEquals(190.737, line.amount(), 0.001);
    }

    @Test
    void straightLineAndDecliningBalanceDepreciation() {
        assertEquals(2000, Depreciation.STRAIGHT.charge(10_000, 5, 0, 1), 1e-9);
        assertEquals(0, Depreciation.STRAIGHT.charge(10_000, 5, 5, 6), 1e-9);
        Depreciation ddb = Depreciation.decliningBalance(2);
        // Rate 2/5 = 0.4: year 1 books 4000, year 2 books 0.4 * 6000 = 2400.
        assertEquals(4000, ddb.charge(10_000, 5, 0, 1), 1e-9);
        assertEquals(2400, ddb.charge(10_000, 5, 1, 2), 1e-9);
        // The remainder 10000 * 0.6^4 = 1296 is written off at the end of year 5.
        assertEquals(1296, ddb.charge(10_000, 5, 4, 5), 1e-9);
    }

    @Test
    void capexOfAHostOverAPeriodUsesItsAge() {
        // Bought 2020-01-01, costed from 2021-01-01 for 365.25 days: age 366/365.25 years, straight line.
        var line = Costs.capex(H, LocalDate.of(2021, 1, 1), 365.25, Depreciation.STRAIGHT, "EUR");
        assertEquals(2000, line.amount(), 1e-9);
        assertEquals(1.002, line.inputs().get("from_age"));
    }

    @Test
    void maintenanceAndDeferral() {
        assertEquals(30.4375 * 7 / Costs.DAYS_PER_MONTH, Costs.maintenance(H, 7, "EUR").amount(), 1e-12);
        assertEquals(7, Costs.maintenance(H, 7, "EUR").amount(), 1e-12);
        // Deferring 2 x 10000 by one year at 8 %: 1600.
        assertEquals(1600, Costs.deferral("d", 2, 10_000, 365.25, 0.08, "EUR").amount(), 1e-9);
        // One host needed at once, one a year later, one after a quarter of a year: 0 + 800 + 10000 (1.08^0.25 - 1).
        var each = Costs.deferrals("d", new double[] {0, 365.25, 365.25 / 4}, 10_000, 0.08, "EUR");
        assertEquals(800 + 194.265469, each.amount(), 1e-6);
        assertEquals(java.util.List.of(0.0, 365.25, 91.313), each.inputs().get("days_k"));
    }

    @Test
    void settingsRejectNonsense() {
        var e = assertThrows(IllegalArgumentException.class, () -> CostSettings.DEFAULTS.withPue(0.9));
        assertEquals("the PUE must be at least 1, got 0.9", e.getMessage());
    }
}
