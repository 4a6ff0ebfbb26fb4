package io.capacity.service.cli;

import io.capacity.app.backtest.BacktestRequest;
import io.capacity.app.backtest.ModelScore;
import io.capacity.app.backtest.RunBacktest;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.core.backtest.BacktestReport;
import io.capacity.core.backtest.ScoreCard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Option(names = "--model", split = ",", paramLabel = "NAME",
            description = "Models to compare (default: ${DEFAULT-VALUE}).")
    List<String> models;

    @Option(names = "--windows", paramLabel = "N", description = "Cutoffs per series.")
    int windows;

    @Option(names = "--period", paramLabel = "N", description = "Steps between cutoffs (default: the horizon).")
    Integer period;

    @Option(names = "--initial", paramLabel = "N",
            description = "Minimum training length in steps (default: ${DEFAULT-VALUE}).")
    int initial;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Per-series metrics CSV.")
    Path output;

    @Override
    public Integer call() throws Exception {
        ForecastSettings settings = in.settings();
        BacktestRequest request = new BacktestRequest(settings, models, windows, period, initial);
        if (output != null) {
            OutputFiles.check("-o", output);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<BacktestReport> reports = new ArrayList<>();
        try {
            new RunBacktest(store.access()).run(request, new RunBacktest.Listener() {
                @Override
                public void started(int series) {
                    out.printf("%d series, horizon %d, season %d, %d window(s), %d threads%n", series,
                            settings.horizon(), settings.model().season(), windows, settings.threads());
                    out.println("model      |   MASE |  sMAPE |        MAE |       RMSE |   MSIS | cov80 | cov95 "
                            + "| failed | seconds");
                }

                @Override
                public void scored(ModelScore m) {
                    ScoreCard a = m.report().aggregate();
                    out.printf("%-10s | %6.3f | %6.3f | %10.4g | %10.4g | %6.3f | %.3f | %.3f | %6d | %7.2f%n",
                            m.model(), a.mase(), a.smape(), a.mae(), a.rmse(), a.msis(), a.coverage(80),
                            a.coverage(95), m.report().failures(), m.seconds());
                    out.flush();
                    reports.add(m.report());
                }
            });
        } finally {
            out.flush();
        }
        if (output != null) {
            BacktestCsv.write(output, reports);
            out.println("per-series metrics -> " + output);
        }
        out.flush();
        return 0;
    }
}
