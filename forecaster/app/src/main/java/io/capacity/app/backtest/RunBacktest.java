package io.capacity.app.backtest;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.SeriesReading;
import io.capacity.core.backtest.BacktestReport;
import io.capacity.core.backtest.BacktestSpec;
import io.capacity.core.backtest.Backtester;
import io.capacity.core.backtest.SeriesBacktest;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Use case: backtest each model of a request in turn on the same series. */
public final class RunBacktest {
    private final StoreAccess stores;

    public RunBacktest(StoreAccess stores) {
        this.stores = stores;
    }

    /** What a front end hears while the backtest runs. */
    public interface Listener {
        /** The series were read; models are about to be scored. */
        default void started(int series) {
        }

        /** One model scored on every series (at least one succeeded). */
        void scored(ModelScore score);
    }

    /**
     * Scores every model; fails when a model failed on every series. Model names are checked before anything is
     * read, and the series' length against the request before any model runs.
     */
    public List<ModelScore> run(BacktestRequest r, Listener listener) {
        ForecastSettings s = r.settings();
        List<ModelSpec> specs = r.models().stream().map(name -> s.model().spec(name, s.horizon())).toList();
        List<TimeSeries> series = SeriesReading.read(s.source(), stores);
        checkLongEnough(r, series);
        BacktestSpec bt = new BacktestSpec(s.horizon(), r.initial(), r.periodSteps(), r.windows(), List.of(),
                Math.max(s.model().season(), 1), s.levels());
        Backtester backtester = new Backtester(s.threads());
        listener.started(series.size());
        List<ModelScore> out = new ArrayList<>();
        for (ModelSpec m : specs) {
            long t0 = System.nanoTime();
            // A model that learns across series (the global model, as a candidate too) learns from this batch.
            BacktestReport report = backtester.runAll(series, m.forBatch(series), bt);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (report.aggregate() == null) {
                SeriesBacktest first = report.series().get(0);
                throw new IllegalStateException(m.name() + " failed on every series, nothing written; the first, "
                        + first.seriesId() + ": " + first.error());
            }
            ModelScore score = new ModelScore(m.name(), report, secs);
            listener.scored(score);
            out.add(score);
        }
        return out;
    }

    /**
     * Fails naming the options when no series can give even one window: each needs the horizon held out after a
     * training part of at least the initial length and one season more than the season.
     */
    private static void checkLongEnough(BacktestRequest r, List<TimeSeries> series) {
        int season = r.settings().model().season();
        int horizon = r.settings().horizon();
        int train = Math.max(r.initial(), season + 1);
        int need = horizon + train;
        TimeSeries longest = series.stream().max(Comparator.comparingInt(TimeSeries::size)).orElse(null);
        if (longest != null && longest.size() < need) {
            throw RequestProblem.text("backtest needs series of at least " + need + " values: {horizon} " + horizon
                    + " to hold out and " + train + " to train (the more of {initial} " + r.initial()
                    + " and {season} " + season + " + 1); the longest of " + series.size() + " series, "
                    + longest.id() + ", has " + longest.size(), false);
        }
    }
}
