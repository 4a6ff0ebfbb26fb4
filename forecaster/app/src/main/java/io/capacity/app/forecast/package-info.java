/**
 * Forecast a selection of stored series or a file's series: read them on a regular grid, fill gaps, build the
 * named model (or the automatic choice with its options), forecast, and optionally write the forecasts back to the
 * store as {@code capacity_forecast} points (docs/schema.md, "Forecasts"). The input, horizon, model options,
 * levels and threads ({@link io.capacity.app.forecast.ForecastSettings}) are shared with the backtest.
 */
package io.capacity.app.forecast;
