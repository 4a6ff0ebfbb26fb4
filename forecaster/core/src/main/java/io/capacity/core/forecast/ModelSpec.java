package io.capacity.core.forecast;

import io.capacity.core.series.TimeSeries;

/**
 * What to fit: a validated, immutable description of a model (orders, seasonalities, options). Fitting returns an
 * immutable {@link FittedModel}; the spec itself never changes.
 */
public interface ModelSpec {
    /** Short name used on the command line and in stored forecasts, e.g. {@code auto-arima}, {@code snaive}. */
    String name();

    FittedModel fit(TimeSeries series);

    /**
     * One-shot fit and forecast. Models may override it with a cheaper path; the contract test kit checks that the
     * result equals {@code fit(series).forecast(horizon, levels)}.
     */
    default Forecast forecast(TimeSeries series, int horizon, double... levels) {
        return fit(series).forecast(horizon, levels);
    }
}
