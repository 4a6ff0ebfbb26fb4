/**
 * The agent's own health: counters per target and for delivery, written as {@code capacity_agent} points
 * through the same pipeline as everything else, and served as Prometheus text on a loopback {@code /metrics}
 * endpoint so an outage of the store itself is still visible.
 */
package io.capacity.collectors.metrics;
