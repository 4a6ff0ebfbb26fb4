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
}
