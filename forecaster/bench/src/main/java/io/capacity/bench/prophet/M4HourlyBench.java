package io.capacity.bench.prophet;

import io.capacity.bench.m4.M4Hourly;
import io.capacity.core.backtest.Metrics;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.model.prophet.IntervalMethod;
import io.capacity.core.model.prophet.ProphetSpec;
import io.capacity.core.model.prophet.ProphetSpecBuilder;
import io.capacity.core.series.TimeSeries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Speed and accuracy on M4 Hourly with the last 48 values of each training series held out: mean MASE, sMAPE and
 * interval coverage of the Prophet-style model next to seasonal naive on the same split, and wall time on a fixed
 * number of threads. A script, not a test: run
 * {@code java -cp ... io.capacity.bench.prophet.M4HourlyBench FILE [threads] [limit] [options]} with
 * options {@code in-sample} (Prophet's interval noise), {@code daily=K}, {@code weekly=K},
 * {@code multiplicative}, {@code cps=X} (changepoint prior scale), {@code range=X}, {@code samples=N},
 * {@code no-ar} (no residual autoregression: Prophet's model), {@code every=K} (every K-th series).
 */
public final class M4HourlyBench {
    private static final int HORIZON = M4Hourly.HORIZON;
    private static final int SEASON = M4Hourly.SEASON;

    private M4HourlyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = M4Hourly.file(args);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        ProphetSpec spec = spec(args);
        List<TimeSeries> all = M4Hourly.read(file);
        int every = every(args);
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < all.size() && series.size() < limit; i += every) {
            series.add(all.get(i));
        }
        // Warm the JIT on a few series first so the timing reflects steady state, as a long-running service sees.
        for (int i = 0; i < Math.min(5, series.size()); i++) {
            score(spec, series.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<double[]>> results = new ArrayList<>();
        for (TimeSeries s : series) {
            results.add(pool.submit(() -> score(spec, s)));
        }
        double[] sum = new double[7];
        for (Future<double[]> f : results) {
            double[] r = f.get();
            for (int k = 0; k < sum.length; k++) {
                sum[k] += r[k];
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        int m = series.size();
        System.out.printf(Locale.ROOT, "series %d, threads %d, wall %.2f s (%.1f ms/series/thread), CPU %.1f ms/series "
                + "(fit with calibration + forecast with 1000 paths)%n", m, threads, wall, 1000 * wall * threads / m,
                sum[6] / m);
        System.out.printf(Locale.ROOT, "prophet-style: MASE %.3f  sMAPE %.2f  coverage95 %.3f  coverage80 %.3f%n",
                sum[0] / m, sum[1] / m, sum[2] / m, sum[3] / m);
        System.out.printf(Locale.ROOT, "seasonal naive: MASE %.3f  sMAPE %.2f%n", sum[4] / m, sum[5] / m);
    }

    /** Option {@code every=K}: every K-th series (H1, H(1+K), ...), the subset the R script uses. */
    static int every(String[] args) {
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith("every=")) {
                return Integer.parseInt(args[i].substring(6));
            }
        }
        return 1;
    }

    static ProphetSpec spec(String[] args) {
        ProphetSpecBuilder b = ProphetSpec.builder();
        int daily = 4;
        int weekly = 3;
        for (int i = 3; i < args.length; i++) {
            String a = args[i];
            if (a.equals("in-sample")) {
                b.intervalMethod(IntervalMethod.IN_SAMPLE);
            } else if (a.startsWith("daily=")) {
                daily = Integer.parseInt(a.substring(6));
            } else if (a.startsWith("weekly=")) {
                weekly = Integer.parseInt(a.substring(7));
            } else if (a.equals("multiplicative")) {
                b.seasonalityMode(io.capacity.core.model.prophet.Mode.MULTIPLICATIVE);
            } else if (a.startsWith("cps=")) {
                b.changepointPriorScale(Double.parseDouble(a.substring(4)));
            } else if (a.startsWith("range=")) {
                b.changepointRange(Double.parseDouble(a.substring(6)));
            } else if (a.equals("no-ar")) {
                b.residualAr(false);
            } else if (a.startsWith("every=")) {
                continue;
            } else if (a.startsWith("samples=")) {
                b.uncertaintySamples(Integer.parseInt(a.substring(8)));
            } else {
                throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return b.autoOrders(daily, weekly, 10).build();
    }

    /** MASE, sMAPE, coverage 95, coverage 80 of the model, MASE and sMAPE of seasonal naive, CPU ms. */
    static double[] score(ProphetSpec spec, TimeSeries s) {
        int n = s.size() - HORIZON;
        double[] train = s.head(n).values();
        double[] actual = s.tail(HORIZON).values();
        // Thread CPU time: the machine may be shared, and wall time would then measure the neighbours too.
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Forecast f = spec.fit(s.head(n)).forecast(HORIZON, 80, 95);
        double cpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e6;
        PredictionInterval p95 = f.interval(95).orElseThrow();
        PredictionInterval p80 = f.interval(80).orElseThrow();
        double[] naive = M4Hourly.seasonalNaive(train);
        double scale = Metrics.seasonalNaiveScale(train, SEASON);
        return new double[] {Metrics.mase(actual, f.mean(), scale), Metrics.smape(actual, f.mean()),
            Metrics.coverage(actual, p95.lower(), p95.upper()), Metrics.coverage(actual, p80.lower(), p80.upper()),
            Metrics.mase(actual, naive, scale), Metrics.smape(actual, naive), cpuMs};
    }
}
