/**
 * Recommendations with their rationale: power-down and power-on schedules, standby power-on, purchases (never from
 * a BAD forecast), uplink and power-budget warnings, or hold.
 */
package io.capacity.planner.recommend;
