package io.capacity.app.pipeline;

import io.capacity.core.forecast.Forecast;
import io.capacity.schema.SeriesKey;

/**
 * What a run did with one series.
 *
 * @param forecast the forecast written, null unless {@link Status#FORECAST}
 * @param chose    whether the backtest chose the model in this run (false: the cached choice was refit)
 * @param reason   why the series failed or was skipped, null when forecast
 */
public record SeriesOutcome(SeriesKey series, Status status, Forecast forecast, boolean chose, String reason) {
    public enum Status { FORECAST, FAILED, SKIPPED }

    static SeriesOutcome failed(SeriesKey k, String reason) {
        return new SeriesOutcome(k, Status.FAILED, null, false, reason);
    }

    static SeriesOutcome skipped(SeriesKey k, String reason) {
        return new SeriesOutcome(k, Status.SKIPPED, null, false, reason);
    }
}
