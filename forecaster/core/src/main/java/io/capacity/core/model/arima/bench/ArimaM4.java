package io.capacity.core.model.arima.bench;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.model.arima.ArimaModel;
import io.capacity.core.model.arima.AutoArimaSpec;
import io.capacity.core.series.TimeSeries;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Speed and accuracy check (not a test): auto-ARIMA over M4 Hourly, last 48 values held out, m = 24.
 * Prints wall time, mean MASE (scaled by the in-sample seasonal-naive MAE, M4's definition) and 95 % coverage.
 *
 * <p>Usage: {@code ArimaM4 CSV [threads=2] [subset=all|r] [out.csv]}; subset {@code r} runs the ten series of
 * src/test/R/m4_subset_auto_arima.R (every 41st from H1) so per-series times can be compared with R's.
 */
public final class ArimaM4 {
    static final int H = 48;
    static final int M = 24;

    private ArimaM4() {
    }

    /** Per-series outcome. */
    record Row(String id, int n, String method, double seconds, double mase, double coverage, boolean failed) {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args.length > 0 ? args[0] : "../shared/data/m4/Hourly-train.csv");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean subset = args.length > 2 && args[2].equals("r");
        List<TimeSeries> all = M4Csv.read(csv);
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!subset || (i % 41 == 0 && series.size() < 10)) {
                series.add(all.get(i));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Row>> futures = new ArrayList<>();
        for (TimeSeries s : series) {
            futures.add(pool.submit(() -> evaluate(s)));
        }
        List<Row> rows = new ArrayList<>();
        for (Future<Row> f : futures) {
            rows.add(f.get());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        double mase = rows.stream().mapToDouble(Row::mase).average().orElse(Double.NaN);
        double cover = rows.stream().mapToDouble(Row::coverage).average().orElse(Double.NaN);
        long failed = rows.stream().filter(Row::failed).count();
        double[] secs = rows.stream().mapToDouble(Row::seconds).sorted().toArray();
        System.out.printf(Locale.ROOT, "series=%d threads=%d wall=%.1fs mean MASE=%.4f coverage95=%.3f failed=%d "
                        + "per-series median=%.3fs max=%.3fs%n", rows.size(), threads, wall, mase, cover, failed,
                secs[secs.length / 2], secs[secs.length - 1]);
        if (args.length > 3) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
                out.println("id,n,method,seconds,mase,coverage95,failed");
                for (Row r : rows) {
                    out.printf(Locale.ROOT, "%s,%d,%s,%.3f,%.5f,%.4f,%d%n", r.id(), r.n(), r.method().replace(',', ' '),
                            r.seconds(), r.mase(), r.coverage(), r.failed() ? 1 : 0);
                }
            }
        }
    }

    static Row evaluate(TimeSeries s) {
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
        double[] mean;
        double[] lo;
        double[] hi;
        String method;
        boolean failed = false;
        try {
            ArimaModel model = AutoArimaSpec.of(M).fit(train);
            Forecast f = model.forecast(H, 95);
            PredictionInterval pi = f.interval(95).orElseThrow();
            mean = f.mean();
            lo = pi.lower();
            hi = pi.upper();
            method = model.method();
        } catch (RuntimeException e) {
            failed = true;
            method = "snaive (auto-ARIMA failed: " + e.getMessage() + ")";
            mean = new double[H];
            for (int k = 0; k < H; k++) {
                mean[k] = y[n - M + k % M];
            }
            lo = mean;
            hi = mean;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double err = 0;
        int inside = 0;
        for (int k = 0; k < H; k++) {
            err += Math.abs(test[k] - mean[k]);
            inside += test[k] >= lo[k] && test[k] <= hi[k] ? 1 : 0;
        }
        return new Row(s.id(), n, method, secs, err / H / scale, inside / (double) H, failed);
    }
}
