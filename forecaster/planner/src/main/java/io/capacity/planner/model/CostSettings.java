package io.capacity.planner.model;

import java.util.Objects;

/**
 * Everything money depends on besides the inventory.
 *
 * @param tariff            electricity price
 * @param pue               power usage effectiveness (facility watts per IT watt), at least 1
 * @param depreciation      capex method
 * @param costOfCapital     yearly rate used to value deferring a purchase (e.g. 0.08)
 * @param procurementLead   days from order to a host in service
 * @param cycleCost         wear of one power cycle (a power-down and the power-on that undoes it) of any host, in
 *                          money; null: each host's price over {@link #RATED_CYCLES}
 */
public record CostSettings(Tariff tariff, double pue, Depreciation depreciation, double costOfCapital,
                           double procurementLead, Double cycleCost) {
    /**
     * Start/stop cycles a server's most cycle-limited part is rated for: an enterprise hard drive "withstands a
     * minimum of 50,000 start/stop cycles" (Western Digital Ultrastar DC HC580 product manual, section 6.5.5,
     * Start/stop cycles; the PC Guide gives 30,000-50,000 for drives in general). Charging each cycle 1/50,000 of
     * the host's price reads it as if cycles alone ended the host's service life: an upper bound on wear.
     */
    public static final double RATED_CYCLES = 50_000;

    /**
     * 0.15 per kWh, PUE 1.5, straight line, 8 % cost of capital, 42 days procurement: common planning values; a
     * power cycle's wear at each host's price over {@link #RATED_CYCLES}.
     */
    public static final CostSettings DEFAULTS = new CostSettings(Tariff.flat(0.15), 1.5, Depreciation.STRAIGHT,
            0.08, 42, null);

    public CostSettings {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(depreciation, "depreciation");
        if (!(pue >= 1) || !Double.isFinite(pue)) {
            throw new IllegalArgumentException("the PUE must be at least 1, got " + pue);
        }
        if (!(costOfCapital >= 0)) {
            throw new IllegalArgumentException("the cost of capital must be at least 0, got " + costOfCapital);
        }
        if (!(procurementLead >= 0)) {
            throw new IllegalArgumentException("the procurement lead time (days) must be at least 0"
                    + ", got " + procurementLead);
        }
        if (cycleCost != null && !(cycleCost >= 0 && Double.isFinite(cycleCost))) {
            throw new IllegalArgumentException("the cost of a power cycle must be at least 0, got " + cycleCost);
        }
    }

    /** The wear of one power cycle of a host priced {@code hostPrice}: the set cost, else price / rated cycles. */
    public double cycleCost(double hostPrice) {
        return cycleCost != null ? cycleCost : hostPrice / RATED_CYCLES;
    }

    /** Where {@link #cycleCost(double)} comes from, for the logs. */
    public String cycleCostSource() {
        return cycleCost != null ? "power_cycle_cost " + cycleCost
                : "the host's price / " + Math.round(RATED_CYCLES) + " rated start/stop cycles";
    }

    public CostSettings withCycleCost(Double c) {
        return new CostSettings(tariff, pue, depreciation, costOfCapital, procurementLead, c);
    }

    public CostSettings withTariff(Tariff t) {
        return new CostSettings(t, pue, depreciation, costOfCapital, procurementLead, cycleCost);
    }

    public CostSettings withPue(double p) {
        return new CostSettings(tariff, p, depreciation, costOfCapital, procurementLead, cycleCost);
    }

    public CostSettings withProcurementLead(double days) {
        return new CostSettings(tariff, pue, depreciation, costOfCapital, days, cycleCost);
    }
}
