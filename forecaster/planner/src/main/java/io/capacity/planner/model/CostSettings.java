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
 */
public record CostSettings(Tariff tariff, double pue, Depreciation depreciation, double costOfCapital,
                           double procurementLead) {
    /** 0.15 per kWh, PUE 1.5, straight line, 8 % cost of capital, 42 days procurement: common planning values. */
    public static final CostSettings DEFAULTS = new CostSettings(Tariff.flat(0.15), 1.5, Depreciation.STRAIGHT,
            0.08, 42);

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
    }

    public CostSettings withTariff(Tariff t) {
        return new CostSettings(t, pue, depreciation, costOfCapital, procurementLead);
    }

    public CostSettings withPue(double p) {
        return new CostSettings(tariff, p, depreciation, costOfCapital, procurementLead);
    }

    public CostSettings withProcurementLead(double days) {
        return new CostSettings(tariff, pue, depreciation, costOfCapital, days);
    }
}
