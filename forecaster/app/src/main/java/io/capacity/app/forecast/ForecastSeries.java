package io.capacity.app.forecast;

import io.capacity.app.Progress;
import io.capacity.app.StoreAccess;
import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.Bounds;
import io.capacity.core.series.TimeSeries;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.forecast.StoredForecasts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Use case: forecast a selection of stored series or a file's series. Reads, fills gaps, forecasts in parallel
 * ({@link ForecastBatch}: a failing model falls back to seasonal naive graded BAD), truncates each forecast to the
 * given bounds or, for stored series without any given, to its unit's ({@link UnitBounds}), and with
 * {@link ForecastRequest#writeBack()} writes each forecast back as {@code capacity_forecast} points issued now.
 */
public final class ForecastSeries {
    private final StoreAccess stores;
    private final Clock clock;

    public ForecastSeries(StoreAccess stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** The model the request names, built (an unknown name fails here, before anything is read). */
    public static ModelSpec model(ForecastRequest r) {
        return r.settings().model().spec(r.model(), r.settings().horizon());
    }

    /** @param progress told how many series were read, then of each one forecast */
    public ForecastRun run(ForecastRequest r, Progress progress) {
        ModelSpec m = model(r);
        ForecastSettings s = r.settings();
        List<TimeSeries> series = SeriesReading.read(s.source(), stores);
        ForecastBatch batch = new ForecastBatch(s.horizon(), s.levelArray(), s.model().season(), s.threads());
        progress.start(series.size());
        long start = System.nanoTime();
        List<SeriesForecast> computed = batch.run(series, m.forBatch(series), x -> progress.step());
        // Given bounds hold for every series, a fallback's forecast too; else a stored series takes its unit's.
        List<SeriesForecast> results = s.model().givenBounds().map(b -> clip(computed, b)).orElseGet(
                () -> s.source() instanceof SeriesSource.Stored ? UnitBounds.clip(computed) : computed);
        double seconds = (System.nanoTime() - start) / 1e9;
        int written = r.writeBack() ? stores.writing(st -> writeBack(st, results)) : 0;
        boolean timestamps = !series.isEmpty() && series.get(0).hasTimestamps();
        return new ForecastRun(results, timestamps, seconds, written);
    }

    private static List<SeriesForecast> clip(List<SeriesForecast> results, Bounds b) {
        return results.stream().map(r -> r.forecast() == null ? r
                : new SeriesForecast(r.seriesId(), b.clip(r.forecast()), r.gaps(), r.error())).toList();
    }

    private int writeBack(MetricStore store, List<SeriesForecast> results) {
        Instant issued = clock.instant();
        int n = 0;
        for (SeriesForecast f : results) {
            if (f.forecast() != null && f.forecast().start() != null) {
                StoredForecasts.write(store, SeriesKey.parse(f.seriesId()), f.forecast(), issued);
                n++;
            }
        }
        return n;
    }
}
