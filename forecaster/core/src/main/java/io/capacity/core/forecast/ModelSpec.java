package io.capacity.core.forecast;

import io.capacity.core.series.TimeSeries;

import java.util.List;

/**
 * What to fit: a validated, immutable description of a model (orders, seasonalities, options). Fitting returns an
 * immutable {@link FittedModel}; the spec itself never changes.
 */
public interface ModelSpec {
    /** Short name used on the command line and in stored forecasts, e.g. {@code auto-arima}, {@code snaive}. */
    String name();

    FittedModel fit(TimeSeries series);

    /**
     * This spec bound to the batch of series it is about to fit, for a model that learns across series (the global
     * model; the automatic choice binds its candidates). Every other model returns itself: the default.
     */
    default ModelSpec forBatch(List<TimeSeries> batch) {
        return this;
    }

    /**
     * One-shot fit and forecast. Models may override it with a cheaper path; the contract test kit checks that the
     * result equals {@code fit(series).forecast(horizon, levels)}.
     */
    default Forecast forecast(TimeSeries series, int horizon, double... levels) {
        return fit(series).forecast(horizon, levels);
    }
}
