package io.capacity.app.forecast;

import io.capacity.core.batch.SeriesForecast;
import java.util.List;

/**
 * The forecasts of a run, one per series read, in the order read; a series whose model failed has a
 * seasonal-naive forecast graded BAD, or none when even that failed.
 *
 * @param timestamps whether the series carried timestamps (a file in M4 layout has none)
 * @param seconds    time spent forecasting, reading excluded
 * @param written    forecasts written back to the store
 */
public record ForecastRun(List<SeriesForecast> forecasts, boolean timestamps, double seconds, int written) {
    public ForecastRun {
        forecasts = List.copyOf(forecasts);
    }

    /** Whether no series got a forecast. */
    public boolean nothingForecast() {
        return forecasts.stream().allMatch(r -> r.forecast() == null);
    }

    /** Whether every series got a forecast. */
    public boolean allForecast() {
        return forecasts.stream().allMatch(r -> r.forecast() != null);
    }
}
