package io.capacity.planner.schedule;

import io.capacity.planner.inventory.Host;
import io.capacity.planner.model.CostSettings;

/**
 * What one power cycle of a host costs, as energy, against what its off time saves: the boot (the host draws idle
 * power for the boot lead without serving, as the meters charge it) and the wear (money per cycle, turned into the
 * facility energy it would buy at the tariff and PUE). A host goes dark only for at least its break-even off time,
 * cost / saving rate, so a power-down always pays for the power-on that undoes it; {@link #OFF} decides on the
 * minimum off time alone (the plan's walk, which weighs its power-downs over the whole horizon instead).
 *
 * @param enabled       whether power-downs are weighed against their cycle at all
 * @param costs         the wear per cycle ({@link CostSettings#cycleCost(double)}), tariff and PUE
 */
public record BreakEven(boolean enabled, CostSettings costs) {
    public static final BreakEven OFF = new BreakEven(false, CostSettings.DEFAULTS);

    public BreakEven {
        java.util.Objects.requireNonNull(costs, "costs");
    }

    public static BreakEven of(CostSettings costs) {
        return new BreakEven(true, costs);
    }

    /** IT watt-hours one cycle of {@code h} costs: its idle draw over {@code bootHours}, and its wear as energy. */
    public double cycleWattHours(Host h, double bootHours) {
        double perKwh = costs.tariff().perKwh() * costs.pue();
        double wear = costs.cycleCost(h.price());
        double wearWh = wear == 0 ? 0 : perKwh > 0 ? wear / perKwh * 1000 : Double.POSITIVE_INFINITY;
        return h.power().idleWatts() * bootHours + wearWh;
    }

    /**
     * Hours {@code h} must stay off for a saving of {@code savingWatts} to pay its cycle; infinite when nothing is
     * saved.
     */
    public double hours(Host h, double bootHours, double savingWatts) {
        return savingWatts > 1e-9 ? cycleWattHours(h, bootHours) / savingWatts : Double.POSITIVE_INFINITY;
    }
}
