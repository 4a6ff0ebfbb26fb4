package io.capacity.app.query;

import io.capacity.app.Progress;
import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ForecastRun;
import io.capacity.app.forecast.ForecastSeries;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.app.forecast.SeriesReading;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.input.RawSeries;
import io.capacity.core.series.TimeSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Use case: forecast a series given with the request, storing nothing. Its observations are put on a regular grid
 * as the command line does a CSV file's (each step the mean of its window; the step given, else the median spacing;
 * a missing or non-finite value is a gap that gap filling fills and reports), then forecast with the command line's
 * model options.
 */
public final class AdHocForecast {
    /** Observations a request may carry. */
    public static final int MAX_POINTS = 100_000;
    /** Steps the regular series may span (a sparse series at a small step would otherwise be huge). */
    public static final int MAX_STEPS = 200_000;
    /** Observations at least: two to infer a step from, and one more to fit anything. */
    public static final int MIN_POINTS = 3;

    private final Clock clock;

    public AdHocForecast(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param series  the observations, in any order
     * @param step    the grid's step, null for the median spacing
     * @param season  the main seasonal period in steps, null for {@link ForecastQuery#dailySeason} of the step
     * @param where   what the caller calls the input, for messages ({@code request body})
     */
    public record Request(RawSeries series, Duration step, int horizon, String model, List<Double> levels,
                          Integer season, String where) {
        public Request {
            if (series.size() < MIN_POINTS || series.size() > MAX_POINTS) {
                throw RequestProblem.text(where + ": " + series.size() + " observations; expected " + MIN_POINTS
                        + " to " + MAX_POINTS, true);
            }
            if (Arrays.stream(series.values()).noneMatch(Double::isFinite)) {
                throw RequestProblem.text(where + ": no finite value to forecast from", true);
            }
            if (horizon < 1 || horizon > ForecastQuery.MAX_HORIZON) {
                throw RequestProblem.of("horizon", horizon, "expected 1 to " + ForecastQuery.MAX_HORIZON + " steps");
            }
            if (step != null && (step.compareTo(Duration.ofSeconds(1)) < 0
                    || step.compareTo(Duration.ofDays(366)) > 0)) {
                throw RequestProblem.of("step", step, "expected 1 s to 366 days");
            }
            model = model == null || model.isBlank() ? ForecastQuery.DEFAULT_MODEL : model;
            levels = ForecastQuery.checkLevels(levels == null ? ForecastQuery.DEFAULT_LEVELS : levels);
            if (season != null && (season < 1 || season > 10_000)) {
                throw RequestProblem.of("season", season, "expected 1 (none) to 10000 steps");
            }
        }
    }

    public Answer run(Request r) {
        ForecastSeries.model(ComputedAnswers.request(r.horizon(), r.levels(), r.model(), ModelOptions.DEFAULTS, null));
        TimeSeries y = SeriesReading.regular(r.series(), r.step(), r.where(), MAX_STEPS);
        int season = r.season() != null ? r.season() : ForecastQuery.dailySeason(y.step());
        ForecastRequest fr = ComputedAnswers.request(r.horizon(), r.levels(), r.model(),
                ModelOptions.DEFAULTS.withSeasons(season, 0), new SeriesSource.Given(List.of(y)));
        Instant now = clock.instant();
        ForecastRun run = new ForecastSeries(NO_STORE, clock).run(fr, Progress.NONE);
        SeriesForecast f = run.forecasts().get(0);
        Instant newest = Arrays.stream(r.series().times()).max(Instant::compareTo).orElse(null);
        Evidence e = f.forecast() == null ? null : Evidences.of(f.forecast(), r.levels(), null);
        return new Answer(r.series().id(), null, List.of(), Source.COMPUTED, now, newest, f.forecast(), e, f.error(),
                season);
    }

    /** An ad-hoc forecast never reaches a store. */
    private static final StoreAccess NO_STORE = StoreAccess.opening(AdHocForecast::noStore, AdHocForecast::noStore);

    private static io.capacity.store.MetricStore noStore() {
        throw new IllegalStateException("an ad-hoc forecast reads and writes no store");
    }
}
