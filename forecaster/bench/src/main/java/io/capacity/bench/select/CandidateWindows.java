package io.capacity.bench.select;

import io.capacity.bench.m4.M4Hourly;
import io.capacity.core.backtest.BacktestSpec;
import io.capacity.core.backtest.Backtester;
import io.capacity.core.backtest.Metrics;
import io.capacity.core.backtest.SeriesBacktest;
import io.capacity.core.backtest.WindowResult;
import io.capacity.core.batch.Parallel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.global.GlobalSpec;
import io.capacity.core.model.global.LagDesign;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.ModelCatalog;
import io.capacity.core.series.TimeSeries;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Every candidate of the automatic choice on M4 Hourly's validation split, as the choice sees them: the three
 * backtest windows at the end of each training part (windows 0-2) and the forecast of the held-out 48 values
 * (window 3), one CSV row per series, candidate and window: id, model, window, scale, CPU seconds of the candidate
 * on that series (windows 0-3 together, on the row of window 3), then 48 each of actual, mean, lower 95, upper 95,
 * lower 80, upper 80.
 *
 * <p>Usage: {@code CandidateWindows CSV OUT [threads=2] [models=all] [globalLags=168,...]}; models is a comma list
 * of the candidates' names, global lags adds one global model per number (named {@code global-L}).
 */
public final class CandidateWindows {
    private CandidateWindows() {
    }

    public static void main(String[] args) throws IOException {
        List<TimeSeries> all = M4Hourly.read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String only = args.length > 3 ? args[3] : "all";
        int h = M4Hourly.HORIZON;
        int m = M4Hourly.SEASON;
        AutoSpec auto = ModelCatalog.auto(m, 168, h);
        List<ModelSpec> candidates = new ArrayList<>();
        for (ModelSpec c : auto.candidates()) {
            if (only.equals("all") || List.of(only.split(",")).contains(c.name())) {
                candidates.add(c.forBatch(all));
            }
        }
        if (args.length > 4) {
            for (String l : args[4].split(",")) {
                String[] f = l.split(":");
                int lags = Integer.parseInt(f[0]);
                double ridge = f.length > 1 ? Double.parseDouble(f[1]) : 1e-3;
                int stride = f.length > 2 ? Integer.parseInt(f[2]) : 1;
                candidates.add(new Renamed("global-" + l.replace(':', '_'),
                        GlobalSpec.of(m, new LagDesign(lags, h, ridge, stride, 1000)).forBatch(all)));
            }
        }
        BacktestSpec bt = BacktestSpec.rolling(h, Math.max(2 * m, 10), h, 3, m);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        List<Callable<List<String>>> tasks = all.stream().<Callable<List<String>>>map(s -> () -> {
            TimeSeries train = s.head(s.size() - h);
            double[] actual = s.slice(s.size() - h, s.size()).values();
            List<String> rows = new ArrayList<>();
            for (ModelSpec c : candidates) {
                long c0 = cpu.getCurrentThreadCpuTime();
                SeriesBacktest r = Backtester.run(train, c, bt);
                Forecast fc;
                try {
                    fc = r.ok() ? c.forecast(train, h, 80, 95) : null;
                } catch (RuntimeException e) {
                    fc = null;
                }
                double secs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
                if (fc == null) {
                    rows.add(s.id() + "," + c.name() + ",-1,NaN," + secs);
                    continue;
                }
                for (int w = 0; w < r.windows().size(); w++) {
                    WindowResult wr = r.windows().get(w);
                    rows.add(row(s.id(), c.name(), w, wr.scale(), 0, wr.actual(), wr.forecast()));
                }
                rows.add(row(s.id(), c.name(), 3, Metrics.seasonalNaiveScale(train.values(), m), secs, actual, fc));
            }
            return rows;
        }).toList();
        List<List<String>> done = Parallel.invokeAll(tasks, threads, "candidates");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            done.forEach(rows -> rows.forEach(w::println));
        }
        System.out.printf(Locale.ROOT, "%d series, %d candidates, %.1f s wall%n", all.size(), candidates.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    private static String row(String id, String model, int window, double scale, double secs, double[] actual,
                              Forecast fc) {
        StringBuilder b = new StringBuilder();
        b.append(id).append(',').append(model).append(',').append(window).append(',').append(scale).append(',')
                .append(String.format(Locale.ROOT, "%.4f", secs));
        append(b, actual);
        append(b, fc.mean());
        append(b, fc.interval(95).orElseThrow().lower());
        append(b, fc.interval(95).orElseThrow().upper());
        append(b, fc.interval(80).orElseThrow().lower());
        append(b, fc.interval(80).orElseThrow().upper());
        return b.toString();
    }

    private static void append(StringBuilder b, double[] v) {
        for (double x : v) {
            b.append(',').append((float) x);
        }
    }

    /** A candidate under another name, so several global designs sit side by side. */
    private record Renamed(String name, ModelSpec spec) implements ModelSpec {
        @Override
        public io.capacity.core.forecast.FittedModel fit(TimeSeries s) {
            return spec.fit(s);
        }

        @Override
        public Forecast forecast(TimeSeries s, int horizon, double... levels) {
            return spec.forecast(s, horizon, levels);
        }
    }
}
