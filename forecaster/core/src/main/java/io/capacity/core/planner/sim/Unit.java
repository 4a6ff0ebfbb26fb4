package io.capacity.core.planner.sim;

/** How a trace column states demand: a fraction or percent of the fleet, or an absolute amount. */
public enum Unit {
    FRACTION, PERCENT, ABSOLUTE
}
