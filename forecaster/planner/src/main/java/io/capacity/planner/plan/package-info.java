/**
 * What a plan is made from ({@code PlanInputs}) and what it is ({@code Plan}, one {@code ClusterPlan} per cluster,
 * one {@code StepPlan} per step). Above the schedule, recommendations and costs it holds; below the planner
 * ({@link io.capacity.planner.Planner}) and the what-if scenarios, which make and compare plans.
 */
package io.capacity.planner.plan;
