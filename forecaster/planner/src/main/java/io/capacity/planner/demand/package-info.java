/**
 * Demand: the forecasts per cluster and dimension the planner consumes ({@code DemandForecasts}), the evidence each
 * rests on and the rule that holds a plan on thin evidence ({@code EvidenceRule}); and the replay's model of
 * interval maxima, which complements the generic candidates of {@link io.capacity.core.select.AutoSpec}.
 */
package io.capacity.planner.demand;
