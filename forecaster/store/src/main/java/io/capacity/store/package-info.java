/**
 * The storage port ({@link io.capacity.store.MetricStore}) and its value types. Adapters live in sub-packages
 * ({@code influx}, {@code embedded}); import and export formats in {@code io}.
 */
package io.capacity.store;
