package io.capacity.service.cli;

import io.capacity.core.backtest.BacktestReport;
import io.capacity.core.backtest.BacktestSpec;
import io.capacity.core.backtest.Backtester;
import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.backtest.SeriesBacktest;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./capacity backtest}: accuracy of one or more models on held-out data, per series and overall. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtest models on a file's series: by default the last --horizon values of each series are "
                + "held out once (as M4 validation does); --windows N rolls N cutoffs back, --period apart.",
                "Prints MAE, RMSE, sMAPE, MASE (seasonal-naive scaled), MSIS and interval coverage per model, "
                        + "averaged over series as M4 does; --output writes them per series."})
public final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    SeriesInputOptions in;

    @Option(names = "--model", defaultValue = "snaive,auto", split = ",", paramLabel = "NAME",
            description = "Models to compare (default: ${DEFAULT-VALUE}).")
    List<String> models;

    @Option(names = "--windows", defaultValue = "1", paramLabel = "N", description = "Cutoffs per series.")
    int windows;

    @Option(names = "--period", paramLabel = "N", description = "Steps between cutoffs (default: the horizon).")
    Integer period;

    @Option(names = "--initial", defaultValue = "1", paramLabel = "N",
            description = "Minimum training length in steps (default: ${DEFAULT-VALUE}).")
    int initial;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Per-series metrics CSV.")
    Path output;

    @Override
    public Integer call() throws Exception {
        in.check();
        SeriesInputOptions.atLeast("--windows", windows, 1, "cutoff");
        SeriesInputOptions.atLeast("--initial", initial, 1, "training value");
        if (period != null) {
            SeriesInputOptions.atLeast("--period", period, 1, "step between cutoffs");
        }
        if (output != null) {
            OutputFiles.check("-o", output);
        }
        List<ModelSpec> specs = models.stream().map(in::model).toList();
        List<TimeSeries> series = in.read(store);
        checkLongEnough(series);
        BacktestSpec bt = new BacktestSpec(in.horizon, initial, period == null ? in.horizon : period, windows,
                List.of(), Math.max(in.season, 1), Arrays.stream(in.levels).boxed().toList());
        Backtester backtester = new Backtester(in.threads());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d series, horizon %d, season %d, %d window(s), %d threads%n", series.size(), in.horizon,
                in.season, windows, in.threads());
        out.println("model      |   MASE |  sMAPE |        MAE |       RMSE |   MSIS | cov80 | cov95 | failed | seconds");
        List<BacktestReport> reports = new ArrayList<>();
        for (ModelSpec m : specs) {
            long t0 = System.nanoTime();
            BacktestReport r = backtester.runAll(series, m, bt);
            double secs = (System.nanoTime() - t0) / 1e9;
            ScoreCard a = r.aggregate();
            if (a == null) {
                out.flush();
                SeriesBacktest first = r.series().get(0);
                throw new IllegalStateException(m.name() + " failed on every series, nothing written; the first, "
                        + first.seriesId() + ": " + first.error());
            }
            out.printf("%-10s | %6.3f | %6.3f | %10.4g | %10.4g | %6.3f | %.3f | %.3f | %6d | %7.2f%n", m.name(),
                    a.mase(), a.smape(), a.mae(), a.rmse(), a.msis(), a.coverage(80), a.coverage(95), r.failures(),
                    secs);
            out.flush();
            reports.add(r);
        }
        if (output != null) {
            BacktestCsv.write(output, reports);
            out.println("per-series metrics -> " + output);
        }
        out.flush();
        return 0;
    }

    /**
     * Fails with one line naming the flags when no series can give even one window: each needs --horizon values
     * held out after a training part of at least --initial values and one season more than --season.
     */
    private void checkLongEnough(List<TimeSeries> series) {
        int train = Math.max(initial, in.season + 1);
        int need = in.horizon + train;
        TimeSeries longest = series.stream().max(java.util.Comparator.comparingInt(TimeSeries::size)).orElse(null);
        if (longest != null && longest.size() < need) {
            throw new IllegalArgumentException("backtest needs series of at least " + need + " values: --horizon "
                    + in.horizon + " to hold out and " + train + " to train (the more of --initial " + initial
                    + " and --season " + in.season + " + 1); the longest of " + series.size() + " series, "
                    + longest.id() + ", has " + longest.size());
        }
    }
}
