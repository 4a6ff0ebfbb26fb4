/**
 * The scheduled pipeline's work per cluster of an inventory: each cluster's summed demand (cpu, memory, bandwidth,
 * {@link io.capacity.app.demand.StoredDemand}) forecast over the plan's horizon with the cached model choice and
 * written as {@code capacity_forecast} points tagged with the cluster, then a new recommended plan recorded in the
 * book from those same forecasts ({@link io.capacity.app.actions.RecordPlans#fromForecasts}) and its efficacy
 * written as a {@code capacity_plan} point, its schedule and purchases as {@code capacity_plan_step} and
 * {@code capacity_purchase} points, the cluster's capacity from the same fits over the capacity's longer horizon,
 * kept in the run ({@link io.capacity.app.capacity.RunCapacity}) and written as {@code capacity_headroom} points, and
 * the book's plans by state as {@code capacity_plan_states}. A cluster that fails is one log line; the others go on.
 */
package io.capacity.app.pipeline.cluster;
