package io.capacity.app.pipeline;

import io.capacity.app.StoreAccess;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.hint.Hints;
import io.capacity.core.series.TimeSeries;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.forecast.StoredForecasts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a series' stored forecast from the last run against the actuals that arrived since, writes the
 * {@code capacity_forecast_accuracy} point, and drops the series' cached model choice in {@code state} when its
 * rolling errors leave the calibrated band (docs/schema.md, "Forecast accuracy"). Shared by the per-series run
 * ({@link ForecastPipeline}) and the cluster demand forecasts ({@code app.pipeline.cluster.ClusterPlans}), each with
 * its own state, model and season. Thread-safe: series are scored in parallel.
 */
public final class ForecastScoring {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastScoring.class);
    /** A cached choice is dropped when the rolling 95 % coverage falls below this (with enough steps scored). */
    static final double MIN_COVERAGE_95 = 0.75;
    /** ... or when the rolling MASE exceeds this multiple of the backtest MASE. */
    static final double MAX_MASE_RATIO = 2.0;

    private final StoreAccess stores;
    private final PipelineState state;
    private final String model;
    private final int season;
    private final int minSteps;
    private final Duration chooseEvery;
    private final AccuracyBook accuracy = new AccuracyBook();
    private final double[] levels;

    /**
     * @param model    the stored forecasts' model tag
     * @param season   the MASE scale's period in steps
     * @param minSteps rolling steps scored before a choice may be dropped (the per-series pipeline's horizon)
     * @param levels   the levels the stored forecasts hold, so reading one back needs no lookup of which series the
     *                 store has (one per series scored made a run's cost grow with the number of series); null:
     *                 look them up
     */
    public ForecastScoring(StoreAccess stores, PipelineState state, String model, int season, int minSteps,
                           Duration chooseEvery, double[] levels) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.state = Objects.requireNonNull(state, "state");
        this.model = Objects.requireNonNull(model, "model");
        if (season < 0 || minSteps < 1) {
            throw new IllegalArgumentException("forecast scoring needs a season of at least 0 and minimum steps of at least 1, got "
                    + season + " and " + minSteps);
        }
        this.season = season;
        this.minSteps = minSteps;
        this.chooseEvery = Objects.requireNonNull(chooseEvery, "chooseEvery");
        this.levels = levels == null ? null : levels.clone();
    }

    /**
     * Scores {@code k}'s stored forecast for the steps in [{@code from}, {@code now}) against {@code y}, writing the
     * accuracy point at once; false when there is none or no step to score.
     */
    public boolean score(SeriesKey k, TimeSeries y, Instant from, Instant now) {
        return score(k, y, from, now, (key, points) -> stores.writing(st -> {
            st.write(points);
            return null;
        }));
    }

    /** The same, handing the accuracy point to {@code out} (the run's batched writes) instead of writing it. */
    public boolean score(SeriesKey k, TimeSeries y, Instant from, Instant now,
                         BiConsumer<SeriesKey, List<Point>> out) {
        if (!from.isBefore(now)) {
            return false;
        }
        Forecast prev = stores.reading(st -> levels == null ? StoredForecasts.read(st, k, model, from, now)
                : StoredForecasts.read(st, k, model, from, now, levels)).orElse(null);
        if (prev == null) {
            return false;
        }
        Accuracy a = Accuracy.score(prev, y, season, from, now);
        if (a.steps() == 0) {
            return false;
        }
        String id = k.toString();
        Accuracy rolling = accuracy.add(id, a);
        out.accept(k, List.<Point>of(AccuracyBook.point(k, model, a, rolling, now)));
        state.choice(id).ifPresent(c -> {
            double limit = MAX_MASE_RATIO * c.spec().backtestMase();
            boolean covered = rolling.coverage(95) >= MIN_COVERAGE_95;
            boolean accurate = !(rolling.mase() > limit);
            if (rolling.steps() >= minSteps && (!covered || !accurate)) {
                LOG.info("series {}: recent errors left the calibrated band (rolling MASE {}, backtest {}, 95 % "
                                + "coverage {} over {} steps); choosing its model again (the scheduled choice "
                                + "comes every {}: {})", id, String.format("%.3f", rolling.mase()),
                        String.format("%.3f", c.spec().backtestMase()), String.format("%.2f", rolling.coverage(95)),
                        rolling.steps(), chooseEvery, Hints.option("pipeline_choose_every", "DURATION"));
                state.forget(id);
            }
        });
        return true;
    }

    /** The series' model was chosen again: its older errors say nothing of the new one. */
    public void chose(String seriesId) {
        accuracy.reset(seriesId);
    }
}
