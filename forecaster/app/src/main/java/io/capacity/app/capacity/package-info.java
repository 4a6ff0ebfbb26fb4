/**
 * The capacity of a cluster, per dimension: usage, usable capacity (the hosts' capacity less the N+K spare hosts, at
 * the target utilisation; power: the cluster's budget), headroom, the time remaining until the forecast's upper band
 * (conservative) and its mean (aggressive) cross the usable capacity, the recommended size and a criticality from
 * thresholds; the dimension that runs out first is the most constrained (VMware Aria Operations' capacity view).
 * {@link io.capacity.app.capacity.CapacityBoard} keeps assessments for a service that is asked often, and serves the
 * scheduled pipeline's ({@link io.capacity.app.capacity.RunCapacity}) where they answer the question.
 */
package io.capacity.app.capacity;
