/**
 * M4 Hourly benchmarks run by hand (not tests, not used by the service): the one way the harness reads M4
 * ({@link io.capacity.bench.m4.M4Hourly}, through the product's {@code core.input.M4Reader}) and the holdout of
 * the automatic choice ({@link io.capacity.bench.m4.M4HourlyHoldout}).
 */
package io.capacity.bench.m4;
