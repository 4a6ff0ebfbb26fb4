package io.capacity.core.backtest;

import io.capacity.core.batch.Parallel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.GapFiller;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs backtests, one series per task on a fixed pool of {@code threads}. Stateless between calls. */
public final class Backtester {
    private static final Logger LOG = LoggerFactory.getLogger(Backtester.class);
    private final int threads;

    public Backtester(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** Backtest one series; a failing fit or forecast is returned as a failed result, never thrown. */
    public static SeriesBacktest run(TimeSeries series, ModelSpec model, BacktestSpec spec) {
        List<Integer> cutoffs = spec.cutoffsFor(series.size());
        if (cutoffs.isEmpty()) {
            return SeriesBacktest.failed(series.id(), model.name(), "series of " + series.size()
                    + " values is too short for a backtest with horizon " + spec.horizon() + " and initial "
                    + spec.initial());
        }
        double[] levels = spec.levels().stream().mapToDouble(Double::doubleValue).toArray();
        List<WindowResult> windows = new ArrayList<>();
        for (int cutoff : cutoffs) {
            TimeSeries train = filled(series.head(cutoff), spec.season());
            try {
                Forecast fc = model.forecast(train, spec.horizon(), levels);
                double[] actual = series.slice(cutoff, cutoff + spec.horizon()).values();
                windows.add(new WindowResult(cutoff, fc, actual,
                        Metrics.seasonalNaiveScale(train.values(), spec.season())));
            } catch (Exception | StackOverflowError e) {
                String why = "window at cutoff " + cutoff + ": " + e;
                LOG.warn("backtest of {} on {} failed: {}", model.name(), series.id(), why);
                return SeriesBacktest.failed(series.id(), model.name(), why);
            }
        }
        return new SeriesBacktest(series.id(), model.name(), windows,
                ScoreCard.mean(windows.stream().map(WindowResult::score).toList()), null);
    }

    /**
     * The training window with its gaps filled seasonally, as {@code ForecastBatch} fills them before any forecast,
     * so a model is scored the way it runs in production rather than failing on the first NaN.
     */
    private static TimeSeries filled(TimeSeries train, int season) {
        for (int i = 0; i < train.size(); i++) {
            if (!Double.isFinite(train.value(i))) {
                return GapFiller.seasonal(train, season).series();
            }
        }
        return train;
    }

    /** Backtest every series in parallel, longest first (see {@link Parallel}); results come back in input order. */
    public BacktestReport runAll(List<TimeSeries> series, ModelSpec model, BacktestSpec spec) {
        List<Callable<SeriesBacktest>> tasks = series.stream()
                .<Callable<SeriesBacktest>>map(s -> () -> run(s, model, spec)).toList();
        long[] sizes = series.stream().mapToLong(TimeSeries::size).toArray();
        return BacktestReport.of(model.name(), Parallel.invokeAll(tasks, sizes, threads, "backtest"));
    }
}
