package io.capacity.core.batch;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.Quality;
import io.capacity.core.hint.Hints;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.series.Filled;
import io.capacity.core.series.GapFiller;
import io.capacity.core.series.TimeSeries;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forecasts many series with one spec, in parallel. A series whose fit fails never takes the batch down: it gets a
 * seasonal-naive (or naive, when shorter than two seasons) forecast graded BAD with the error, and the log says how
 * to look into it. Gaps are filled (seasonally) before fitting and reported.
 *
 * @param horizon steps to forecast
 * @param levels  interval levels in percent
 * @param season  the seasonal period, for gap filling and the fallback baseline
 * @param threads worker threads
 */
public record ForecastBatch(int horizon, double[] levels, int season, int threads) {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastBatch.class);

    public ForecastBatch {
        FittedModel.requireHorizon(horizon);
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1, got " + season);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        levels = levels.clone();
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    /**
     * Runs the batch, longest series first (see {@link Parallel}); {@code onEach} is told of every finished series
     * (for progress), from worker threads. Results come back in input order.
     */
    public List<SeriesForecast> run(List<TimeSeries> series, ModelSpec spec, Consumer<SeriesForecast> onEach) {
        List<Callable<SeriesForecast>> tasks = series.stream().<Callable<SeriesForecast>>map(s -> () -> {
            SeriesForecast r = one(s, spec);
            onEach.accept(r);
            return r;
        }).toList();
        long[] sizes = series.stream().mapToLong(TimeSeries::size).toArray();
        return Parallel.invokeAll(tasks, sizes, threads, "forecast");
    }

    /** Forecasts one series; never throws for a bad series. */
    public SeriesForecast one(TimeSeries series, ModelSpec spec) {
        Filled filled;
        try {
            filled = GapFiller.seasonal(series, season);
        } catch (RuntimeException e) {
            return new SeriesForecast(series.id(), null, null, "cannot use this series: " + e.getMessage());
        }
        TimeSeries y = filled.series();
        try {
            return new SeriesForecast(series.id(), spec.fit(y).forecast(horizon, levels), filled.report(), null);
        } catch (RuntimeException | StackOverflowError e) {
            String error = spec.name() + " failed: " + e;
            ModelSpec fallback = y.size() >= 2 * season ? new SeasonalNaiveSpec(season) : new NaiveSpec();
            LOG.warn("series {}: {}; using {} graded BAD (force another model with {})", series.id(), error,
                    fallback.name(), Hints.option("model", "NAME"));
            try {
                Forecast fc = fallback.fit(y).forecast(horizon, levels)
                        .withQuality(new Quality(Grade.BAD, error + "; fell back to " + fallback.name()));
                return new SeriesForecast(series.id(), fc, filled.report(), error);
            } catch (RuntimeException e2) {
                return new SeriesForecast(series.id(), null, filled.report(), error + "; " + fallback.name()
                        + " failed too: " + e2.getMessage());
            }
        }
    }
}
