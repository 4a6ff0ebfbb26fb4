/**
 * The scheduled forecasting pipeline as plain Java, so the service's scheduler, the CLI or a Spark job run the same:
 * per run, select the series in scope, score the previous run's forecasts against the actuals that arrived
 * ({@code capacity_forecast_accuracy}), forecast every series in parallel with the cached automatic choice (chosen
 * again daily or when recent errors leave the calibrated band; its refits optionally warm-started from the last run's
 * estimates, kept with the cached choice) and write the forecasts back
 * ({@code capacity_forecast}). A failed or skipped series is counted and logged once, never stops the run.
 */
package io.capacity.app.pipeline;
