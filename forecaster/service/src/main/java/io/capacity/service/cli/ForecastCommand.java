package io.capacity.service.cli;

import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import java.io.PrintWriter;
import java.nio.file.Path;
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
                        + "ensemble, auto-arima, prophet, mstl, mstl-log, ets, theta, snaive, snaive2, naive, drift, mean."})
public final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    SeriesInputOptions in;

    @Option(names = "--model", defaultValue = "auto", paramLabel = "NAME",
            description = "Model (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Output CSV.")
    Path output;

    @Override
    public Integer call() throws Exception {
        in.check();
        OutputFiles.check("-o", output);
        ModelSpec m = in.model(model);
        List<TimeSeries> series = in.read(store);
        ForecastBatch batch = new ForecastBatch(in.horizon, in.levels, in.season, in.threads());
        long start = System.nanoTime();
        List<SeriesForecast> results;
        try (ProgressBars.Bar bar = ProgressBars.items("forecast", series.size(), in.progress)) {
            results = batch.run(series, m, r -> bar.step());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (results.stream().allMatch(r -> r.forecast() == null)) {
            // Nothing to write: no header-only file is left behind for a run that forecast nothing.
            throw new IllegalStateException("no series could be forecast, nothing written to " + output
                    + (results.isEmpty() ? "" : "; the first, " + results.get(0).seriesId() + ": "
                    + results.get(0).error()));
        }
        boolean timestamps = !series.isEmpty() && series.get(0).hasTimestamps();
        ForecastCsv.write(output, results, in.levels, timestamps);
        report(results, seconds);
        return results.stream().allMatch(r -> r.forecast() != null) ? 0 : 1;
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
