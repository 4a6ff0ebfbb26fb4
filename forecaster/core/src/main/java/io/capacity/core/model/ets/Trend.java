package io.capacity.core.model.ets;

/** The trend component of an exponential smoothing model; AUTO lets AICc choose among the other three. */
public enum Trend {
    NONE, ADDITIVE, DAMPED, AUTO
}
