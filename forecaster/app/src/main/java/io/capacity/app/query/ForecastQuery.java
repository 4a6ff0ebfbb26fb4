package io.capacity.app.query;

import io.capacity.app.RequestProblem;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.store.SeriesFilter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A forecast query: which series, and what forecast of each. Defaults are the scheduled pipeline's, so an unadorned
 * query is answered from the forecasts it stored.
 *
 * @param selection the series, as the command line's selection
 * @param written   the selection as the caller wrote it, for messages
 * @param aggregate a tag: forecast the selection's series summed per value of it (and per measurement and field);
 *                  null for one forecast per series
 * @param horizon   steps ahead, 1 to {@link #MAX_HORIZON}
 * @param step      the step series are read at (each step the mean of its window, counters as rates)
 * @param model     a model name of the core's catalogue, {@code auto} for the backtested choice
 * @param levels    interval levels in percent, each in (0, 100), at most {@link #MAX_LEVELS}
 * @param season    the main seasonal period in steps, 1 for none
 */
public record ForecastQuery(SeriesFilter selection, String written, String aggregate, int horizon, Duration step,
                            String model, List<Double> levels, int season) {
    /** Steps one forecast may ask for: a year of hours. */
    public static final int MAX_HORIZON = 8760;
    public static final int MAX_LEVELS = 5;
    /** Forecasts (series or groups) one query may ask for. */
    public static final int MAX_FORECASTS = 50;
    /** Series one query may read (the members of all its groups). */
    public static final int MAX_MEMBERS = 2000;
    /** Forecast steps one query may ask for in all (forecasts x horizon): bounds the answer's size. */
    public static final int MAX_POINTS = 100_000;

    public static final int DEFAULT_HORIZON = PipelineSettings.DEFAULTS.horizon();
    public static final Duration DEFAULT_STEP = PipelineSettings.DEFAULTS.step();
    public static final String DEFAULT_MODEL = "auto";
    public static final List<Double> DEFAULT_LEVELS = PipelineSettings.DEFAULTS.levels();

    public ForecastQuery {
        Objects.requireNonNull(selection, "selection");
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw RequestProblem.of("horizon", horizon, "expected 1 to " + MAX_HORIZON + " steps");
        }
        if (step == null || step.isZero() || step.isNegative()) {
            throw RequestProblem.of("step", step, "expected a positive duration such as 1h");
        }
        if (step.compareTo(Duration.ofSeconds(1)) < 0 || step.compareTo(Duration.ofDays(366)) > 0) {
            throw RequestProblem.of("step", step, "expected 1 s to 366 days");
        }
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model;
        levels = checkLevels(levels == null ? DEFAULT_LEVELS : levels);
        if (season < 1 || season > 10_000) {
            throw RequestProblem.of("season", season, "expected 1 (none) to 10000 steps");
        }
        if (aggregate != null && aggregate.isBlank()) {
            aggregate = null;
        }
    }

    /** Levels after the checks every query and ad-hoc request share: each in (0, 100), a few, no repeats. */
    public static List<Double> checkLevels(List<Double> levels) {
        if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
            throw RequestProblem.of("levels", levels.size() + " levels", "expected 1 to " + MAX_LEVELS
                    + " levels, e.g. 80,95");
        }
        for (double l : levels) {
            if (!(l > 0 && l < 100)) {
                throw RequestProblem.of("levels", l == Math.rint(l) ? Long.toString((long) l) : Double.toString(l),
                        "expected a percentage between 0 and 100 (exclusive), e.g. 80,95");
            }
        }
        if (levels.stream().distinct().count() < levels.size()) {
            throw RequestProblem.of("levels", levels.toString(), "expected each level once");
        }
        return levels.stream().sorted().toList();
    }

    /**
     * The season when none is given: a day of steps when the step divides a day into at least two (24 at 1h, as the
     * pipeline's), else none. The answer says which it used; {@code season} overrides it.
     */
    public static int dailySeason(Duration step) {
        long day = Duration.ofDays(1).toMillis();
        long s = step.toMillis();
        return s > 0 && s < day && day % s == 0 && day / s <= 10_000 ? (int) (day / s) : 1;
    }
}
