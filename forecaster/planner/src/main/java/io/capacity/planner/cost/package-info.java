/**
 * Total cost of ownership: amortised capex (straight line or declining balance), energy through PUE and a flat or
 * time-of-use tariff, 95th-percentile bandwidth billing, maintenance; each figure a {@code CostLine} with its
 * formula and inputs.
 */
package io.capacity.planner.cost;
