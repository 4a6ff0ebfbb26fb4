/**
 * The metric schema ({@link io.capacity.schema.MetricSchema}) and the point model every collector, importer and
 * store shares: {@link io.capacity.schema.Point} and {@link io.capacity.schema.SeriesKey}.
 */
package io.capacity.schema;
