package io.capacity.core.backtest;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
            TimeSeries train = series.head(cutoff);
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

    /** Backtest every series in parallel; results come back in input order. */
    public BacktestReport runAll(List<TimeSeries> series, ModelSpec model, BacktestSpec spec) {
        List<Callable<SeriesBacktest>> tasks = series.stream()
                .<Callable<SeriesBacktest>>map(s -> () -> run(s, model, spec)).toList();
        return BacktestReport.of(model.name(), invokeAll(tasks, threads));
    }

    /** Runs tasks on a fresh pool of daemon threads, so an abandoned batch cannot keep the JVM alive. */
    static <T> List<T> invokeAll(List<Callable<T>> tasks, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "backtest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("backtest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("backtest task failed outside a fit", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
