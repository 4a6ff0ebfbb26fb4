/**
 * What-if analysis: an immutable {@code Scenario} (workload, hosts, tariff, PUE, lead times, target utilisation)
 * applied to plan inputs, and the plan recomputed next to the base one.
 */
package io.capacity.planner.scenario;
