/**
 * The embedded adapter: {@link io.capacity.store.embedded.EmbeddedMetricStore} keeps all series in one DuckDB file,
 * for laptops, demos and sites without InfluxDB. {@code DuckSchema} describes the tables; {@code DuckWrites}
 * bulk-loads through the Appender and a staging table; {@code DuckReads} aggregates per epoch-aligned window in
 * SQL with the same definitions as InfluxQL (P95 = nearest rank); {@code DuckFiles} explains lock and
 * wrong-file errors. Rates and forecasts use the shared code in {@code io.capacity.store.common}.
 */
package io.capacity.store.embedded;
