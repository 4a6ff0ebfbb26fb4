/**
 * The replay simulator: walks a real demand trace, forecasts from history only at each decision point, applies
 * the plan with its boot lead time, and meters energy, money, shortfall and transitions against always-on and an
 * oracle with perfect foresight under the same rules.
 */
package io.capacity.planner.sim;
