/**
 * The planner's shared vocabulary, a leaf that no other planner package is below: the dimensions capacity is
 * measured in ({@code Dimension}), the rules a plan is made with ({@code PlanOptions}) and the prices it is costed
 * at ({@code CostSettings}, {@code Tariff}, {@code Depreciation}). Plain values; every other package may use them.
 */
package io.capacity.planner.model;
