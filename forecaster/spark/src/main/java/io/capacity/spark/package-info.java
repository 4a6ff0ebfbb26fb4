/**
 * The forecaster as a Spark job: series read from Parquet ({@code series_id, time, value}), grouped by series, each
 * forecast by the core exactly as {@code ./capacity forecast} forecasts a file's series (the model spec from the
 * application layer's {@code ModelOptions}, the core's {@code ForecastBatch}), or through the pipeline's cached model
 * choice ({@code app.pipeline.CachedChoices}, its {@code state.tsv} lines), within a per-series time budget; a series
 * that fails is an error row, never a failed task. See docs/scale-out.md.
 */
package io.capacity.spark;
