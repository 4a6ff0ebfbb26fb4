/**
 * Forecasting helpers for the planner's replay: models of interval maxima that complement the generic
 * candidates of {@link io.capacity.core.select.AutoSpec}.
 */
package io.capacity.planner.demand;
