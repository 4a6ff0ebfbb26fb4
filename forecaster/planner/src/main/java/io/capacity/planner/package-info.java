/**
 * The capacity planner: {@link io.capacity.planner.Planner#plan} turns an inventory and demand forecasts into
 * a power schedule, power-on ahead of peaks, purchases and traceable costs; sub-packages hold the inventory, power
 * and cost models, the state machine, recommendations, what-if scenarios and the replay simulator.
 */
package io.capacity.planner;
