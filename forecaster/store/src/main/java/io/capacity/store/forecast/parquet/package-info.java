/**
 * The Spark job's forecasts (forecaster/spark's Parquet output: {@code series_id, time, step, point, lower_L,
 * upper_L, model, grade, error}) into a store as {@code capacity_forecast} points, laid out by
 * {@link io.capacity.store.forecast.ForecastPoints} exactly as the pipeline writes its own.
 * {@link io.capacity.store.forecast.parquet.ForecastColumns} is the one list of the columns and types the import
 * expects; {@link io.capacity.store.forecast.parquet.ForecastParquet} reads a file or a directory of part files
 * with DuckDB, one series at a time; {@link io.capacity.store.forecast.parquet.ForecastParquetImport} checks a
 * whole file before it writes any of it.
 */
package io.capacity.store.forecast.parquet;
