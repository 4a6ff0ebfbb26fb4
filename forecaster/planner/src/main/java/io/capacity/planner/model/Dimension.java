package io.capacity.planner.model;

/**
 * A resource the plan must keep under its target: host CPU (cores), memory (GB), network (Mbps, host NICs and
 * cluster uplinks) and power (watts against a rack/PDU budget). Demand forecasts use these units.
 */
public enum Dimension {
    CPU("cores"), MEMORY("GB"), BANDWIDTH("Mbps"), POWER("W");

    private final String unit;

    Dimension(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    /** Dimensions served by host capacity (power is a budget the hosts consume, not one they provide). */
    public boolean hostProvided() {
        return this != POWER;
    }
}
