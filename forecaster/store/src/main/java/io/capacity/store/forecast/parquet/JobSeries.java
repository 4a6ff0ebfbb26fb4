package io.capacity.store.forecast.parquet;

import io.capacity.core.forecast.Forecast;
import io.capacity.schema.SeriesKey;
import java.util.Objects;

/**
 * One series of the job's output: its forecast, or only the error of a series the job could not forecast (its
 * error row). A forecast with an error is the seasonal-naive fallback the job wrote for a series whose model failed.
 */
record JobSeries(SeriesKey key, Forecast forecast, String error) {
    JobSeries {
        Objects.requireNonNull(key, "key");
        if (forecast == null && error == null) {
            throw new IllegalArgumentException("series " + key + " has neither a forecast nor an error");
        }
    }

    boolean failed() {
        return forecast == null;
    }

    boolean fellBack() {
        return forecast != null && error != null;
    }
}
