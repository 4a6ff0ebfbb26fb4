package io.capacity.core.model.arima.bench;

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
    static final int H = 48;
    static final int M = 24;

    static M4Row evaluate(TimeSeries s) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = s.size() - H;
        TimeSeries train = s.head(n);
        double[] test = s.tail(H).values();
        double[] y = train.values();
        double scale = 0;
        for (int t = M; t < n; t++) {
            scale += Math.abs(y[t] - y[t - M]);
        }
        scale /= n - M;
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
            double[] mean = new double[H];
            for (int k = 0; k < H; k++) {
                mean[k] = y[n - M + k % M];
            }
            f = new double[][] {mean, mean, mean, mean, mean};
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double err = 0;
        double smape = 0;
        int in80 = 0;
        int in95 = 0;
        for (int k = 0; k < H; k++) {
            err += Math.abs(test[k] - f[0][k]);
            double denom = Math.abs(test[k]) + Math.abs(f[0][k]);
            smape += denom > 0 ? 200 * Math.abs(test[k] - f[0][k]) / denom : 0;
            in80 += test[k] >= f[1][k] && test[k] <= f[2][k] ? 1 : 0;
            in95 += test[k] >= f[3][k] && test[k] <= f[4][k] ? 1 : 0;
        }
        return new M4Row(s.id(), n, method, secs, cpu, err / H / scale, smape / H, in80 / (double) H,
                in95 / (double) H, failed);
    }
}
