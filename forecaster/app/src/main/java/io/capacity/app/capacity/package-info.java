/**
 * The capacity of a cluster, per dimension: usage, usable capacity (the hosts' capacity less the N+K spare hosts, at
 * the target utilisation), headroom, and the time remaining until the forecast's upper band crosses the usable
 * capacity; the dimension that runs out first is the most constrained (VMware Aria Operations' capacity view).
 */
package io.capacity.app.capacity;
