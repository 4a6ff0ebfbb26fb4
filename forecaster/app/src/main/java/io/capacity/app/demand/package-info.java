/**
 * A cluster's demand history summed from its hosts' stored metrics ({@link io.capacity.store.ClusterDemand}), with
 * the evidence the planner weighs (how much history each host contributed): the input of both a plan from the store
 * and a cluster's capacity.
 */
package io.capacity.app.demand;
