package io.capacity.service.cli;

import io.capacity.core.backtest.BacktestReport;
import io.capacity.core.backtest.BacktestSpec;
import io.capacity.core.backtest.Backtester;
import io.capacity.core.backtest.ScoreCard;
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
        List<ModelSpec> specs = models.stream().map(in::model).toList();
        List<TimeSeries> series = in.read(store);
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
}
