package io.capacity.core.model.prophet;

/**
 * A fitted change of the trend's growth rate at a changepoint. For linear growth the rate is in series units per
 * step; for logistic growth it is on the logit scale per step (the curve's steepness, not its level).
 */
public record TrendChange(int index, double rateChange) {
}
