package io.capacity.bench.m4;

import io.capacity.core.backtest.BacktestReport;
import io.capacity.core.backtest.BacktestSpec;
import io.capacity.core.backtest.Backtester;
import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.Ensemble;
import io.capacity.core.series.TimeSeries;

import java.nio.file.Path;
import java.util.List;

/**
 * M4 Hourly validation: hold out the last 48 values of each training series, forecast them from the rest and
 * print mean MASE, sMAPE, MSIS and 95 % coverage with wall time, one line per method.
 * Usage: {@code M4HourlyHoldout [path/to/Hourly-train.csv] [threads]}.
 */
public final class M4HourlyHoldout {
    private M4HourlyHoldout() {
    }

    public static void main(String[] args) {
        Path file = M4Hourly.file(args);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<TimeSeries> series = M4Hourly.read(file);
        BacktestSpec holdout = BacktestSpec.holdout(M4Hourly.HORIZON, M4Hourly.SEASON);
        Backtester backtester = new Backtester(threads);
        AutoSpec auto = AutoSpec.defaults(M4Hourly.SEASON, M4Hourly.HORIZON);
        List<ModelSpec> methods = List.of(new SeasonalNaiveSpec(M4Hourly.SEASON), auto,
                named(auto.withEnsemble(new Ensemble(Ensemble.Kind.MEDIAN, 3)), "auto-median3"));
        System.out.printf("M4 Hourly holdout: %d series, h=%d, m=%d, %d threads%n", series.size(), M4Hourly.HORIZON,
                M4Hourly.SEASON, threads);
        System.out.println("method        | MASE   | sMAPE  | MSIS   | cov80 | cov95 | failed | seconds");
        for (ModelSpec m : methods) {
            long t0 = System.nanoTime();
            BacktestReport r = backtester.runAll(series, m, holdout);
            double secs = (System.nanoTime() - t0) / 1e9;
            ScoreCard a = r.aggregate();
            System.out.printf("%-13s | %.3f  | %.3f | %.3f | %.3f | %.3f | %6d | %.2f%n", m.name(), a.mase(),
                    a.smape(), a.msis(), a.coverage(80), a.coverage(95), r.failures(), secs);
        }
    }

    private static ModelSpec named(ModelSpec spec, String name) {
        return new ModelSpec() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public io.capacity.core.forecast.FittedModel fit(TimeSeries s) {
                return spec.fit(s);
            }
        };
    }
}
