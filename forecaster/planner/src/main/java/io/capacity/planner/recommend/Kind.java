package io.capacity.planner.recommend;

/** What a recommendation asks the operator to do. */
public enum Kind {
    POWER_DOWN, POWER_ON, POWER_ON_STANDBY, BUY, UPLINK, POWER_BUDGET, HOLD, NO_BUY_BAD_FORECAST
}
