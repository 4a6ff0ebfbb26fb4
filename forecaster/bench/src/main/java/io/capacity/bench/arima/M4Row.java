package io.capacity.bench.arima;

import io.capacity.bench.m4.M4Hourly;
import io.capacity.core.backtest.Metrics;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.model.arima.ArimaModel;
import io.capacity.core.model.arima.AutoArimaSpec;
import io.capacity.core.series.TimeSeries;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** One M4 series' outcome: fit on all but the last {@link #H}, score the held-out values. */
record M4Row(String id, int n, String method, double seconds, double cpuSeconds, double mase, double smape,
             double coverage80, double coverage95, boolean failed) {
    static final int H = M4Hourly.HORIZON;
    static final int M = M4Hourly.SEASON;

    static M4Row evaluate(TimeSeries s) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = s.size() - H;
        TimeSeries train = s.head(n);
        double[] test = s.tail(H).values();
        double[] y = train.values();
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        double[][] f;
        String method;
        boolean failed = false;
        try {
            ArimaModel model = AutoArimaSpec.of(M).fit(train);
            Forecast fc = model.forecast(H, 80, 95);
            PredictionInterval p80 = fc.interval(80).orElseThrow();
            PredictionInterval p95 = fc.interval(95).orElseThrow();
            f = new double[][] {fc.mean(), p80.lower(), p80.upper(), p95.lower(), p95.upper()};
            method = model.method();
        } catch (RuntimeException e) {
            // Seasonal naive stands in so a failure costs accuracy instead of dropping the series.
            failed = true;
            method = "snaive (auto-ARIMA failed: " + e.getMessage() + ")";
            double[] mean = M4Hourly.seasonalNaive(y);
            f = new double[][] {mean, mean, mean, mean, mean};
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double scale = Metrics.seasonalNaiveScale(y, M);
        return new M4Row(s.id(), n, method, secs, cpu, Metrics.mase(test, f[0], scale), Metrics.smape(test, f[0]),
                Metrics.coverage(test, f[1], f[2]), Metrics.coverage(test, f[3], f[4]), failed);
    }
}
