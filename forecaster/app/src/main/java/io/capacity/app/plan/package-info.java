/**
 * Plan a site, ask it what-if questions, and replay a demand trace: demand from the store (summed per cluster from
 * its hosts) or from a file, forecast per cluster and dimension, then the planner's schedule, advice and costs as of
 * the end of the demand history. The schedule's rules ({@link io.capacity.app.plan.PlanRules}) are one record for
 * plan and replay alike.
 */
package io.capacity.app.plan;
