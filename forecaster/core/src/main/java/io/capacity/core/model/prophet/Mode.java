package io.capacity.core.model.prophet;

/**
 * How a seasonality, event or regressor combines with the trend: added in the units of the series, or as a
 * fraction of the trend (amplitude grows with the level, as for traffic that doubles along with its users).
 */
public enum Mode {
    ADDITIVE, MULTIPLICATIVE
}
