/**
 * The capacity planner: {@link io.capacity.planner.Planner#plan} turns an inventory and demand forecasts into
 * a power schedule, power-on ahead of peaks, purchases and traceable costs; {@link io.capacity.planner.Site} reads
 * an inventory file. Sub-packages hold the shared vocabulary ({@code model}), the inventory, power and cost models,
 * demand, the state machine, recommendations, the plan's records, what-if scenarios and the replay simulator; no
 * cycle among them (docs/architecture.md says how that is checked).
 */
package io.capacity.planner;
