/**
 * The power state machine shared by the plan, the replay and its oracle: efficiency-ordered hosts, N+k capacity,
 * boot lead time, minimum off time and a per-host daily transition limit.
 */
package io.capacity.planner.schedule;
