package io.capacity.store.forecast;

import io.capacity.core.forecast.Forecast;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Forecasts kept in a store as ordinary points of the schema's forecast measurement ({@link ForecastPoints}), so
 * every adapter stores and returns them the same way, through the port alone.
 */
public final class StoredForecasts {
    private StoredForecasts() {
    }

    /**
     * Writes a forecast of {@code series} with future timestamps; a later forecast from the same model overwrites
     * the steps they share. The forecast must have timestamps.
     */
    public static void write(MetricStore store, SeriesKey series, Forecast forecast, Instant issued) {
        store.write(ForecastPoints.toPoints(series, forecast, issued));
    }

    /** The stored forecast of {@code series} by {@code model} with steps in [from, to), if any. */
    public static Optional<Forecast> read(MetricStore store, SeriesKey series, String model, Instant from,
                                         Instant to) {
        return ForecastReader.read(store, series, model, from, to);
    }

    /**
     * {@link #read} with the intervals at {@code levels} only, without listing the store's series: what a caller
     * reading many series' forecasts uses, as the listing's cost grows with the series stored.
     */
    public static Optional<Forecast> read(MetricStore store, SeriesKey series, String model, Instant from,
                                          Instant to, double[] levels) {
        return ForecastReader.read(store, series, model, from, to, levels.clone());
    }
}
