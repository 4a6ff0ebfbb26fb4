package io.capacity.core.batch;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.GapReport;

/**
 * One series' outcome in a batch.
 *
 * @param forecast the forecast, from the requested model or, when it failed, from a baseline graded BAD; null only
 *                 when not even a baseline could be fitted (then {@code error} says why)
 * @param gaps     what gap filling invented before fitting
 * @param error    the requested model's error, or null when it fitted
 */
public record SeriesForecast(String seriesId, Forecast forecast, GapReport gaps, String error) {
    public boolean ok() {
        return error == null;
    }
}
