package io.capacity.service.cli;

import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ForecastRun;
import io.capacity.app.forecast.ForecastSeries;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.Grade;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./capacity forecast}: forecasts every series of a file with one model (or the automatic choice). */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecast every series of a file and write series_id,[timestamp,]step,mean,lower_L,upper_L "
                + "rows. A series whose model fails gets a seasonal-naive forecast graded BAD; the run goes on.",
                "Models: auto (per series by backtest, best three combined, conformal intervals, quality grade), "
                        + "ensemble, auto-arima, prophet, prophet-damped, mstl, mstl-log, ets, theta, snaive, snaive2, "
                        + "naive, drift, mean."})
public final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    SeriesInputOptions in;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Model (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Output CSV.")
    Path output;

    @Override
    public Integer call() throws Exception {
        ForecastSettings settings = in.settings();
        OutputFiles.check("-o", output);
        ForecastRequest request = new ForecastRequest(settings, model, false);
        ForecastSeries.model(request);
        ForecastRun run;
        try (CliProgress bar = new CliProgress("forecast", in.progress)) {
            run = new ForecastSeries(store.access(), Clock.systemUTC()).run(request, bar);
        }
        List<SeriesForecast> results = run.forecasts();
        if (run.nothingForecast()) {
            // Nothing to write: no header-only file is left behind for a run that forecast nothing.
            throw new IllegalStateException("no series could be forecast, nothing written to " + output
                    + (results.isEmpty() ? "" : "; the first, " + results.get(0).seriesId() + ": "
                    + results.get(0).error()));
        }
        ForecastCsv.write(output, results, settings.levelArray(), run.timestamps());
        report(results, run.seconds());
        return run.allForecast() ? 0 : 1;
    }

    private void report(List<SeriesForecast> results, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        Map<String, Integer> methods = new java.util.TreeMap<>();
        int failed = 0;
        for (SeriesForecast r : results) {
            if (r.forecast() == null) {
                failed++;
                spec.commandLine().getErr().println("series " + r.seriesId() + ": no forecast: " + r.error());
                continue;
            }
            grades.merge(r.forecast().quality().grade(), 1, Integer::sum);
            methods.merge(family(r.forecast().method()), 1, Integer::sum);
        }
        out.printf("forecast %d series x %d steps with %s in %.2f s -> %s%n", results.size(), in.horizon, model,
                seconds, output);
        out.println("grades: " + grades + (failed > 0 ? "; no forecast for " + failed : ""));
        out.println("methods: " + methods);
        out.flush();
    }

    /** "ARIMA(2,1,1)(0,1,1)[24]" and "ARIMA(1,0,0)" count as one family in the summary. */
    private static String family(String method) {
        int paren = method.indexOf('(');
        int bracket = method.indexOf('[');
        int cut = paren < 0 ? bracket : bracket < 0 ? paren : Math.min(paren, bracket);
        return (cut < 0 ? method : method.substring(0, cut)).trim();
    }
}
