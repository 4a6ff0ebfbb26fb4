package io.capacity.bench.arima;

import io.capacity.bench.m4.M4Hourly;
import io.capacity.core.series.TimeSeries;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
 * Prints wall time, total CPU time of the fitting threads (ThreadMXBean, so a shared machine's load does not
 * count against us), mean MASE (scaled by the in-sample seasonal-naive MAE, M4's definition), sMAPE and 80/95 %
 * coverage.
 *
 * <p>Usage: {@code ArimaM4 CSV [threads=2] [subset=all|r] [out.csv]}; subset {@code r} runs the ten series of
 * src/test/R/m4_subset_auto_arima.R (every 41st from H1) so per-series times can be compared with R's.
 */
public final class ArimaM4 {
    private ArimaM4() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = M4Hourly.file(args);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean subset = args.length > 2 && args[2].equals("r");
        List<TimeSeries> all = M4Hourly.read(csv);
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!subset || (i % 41 == 0 && series.size() < 10)) {
                series.add(all.get(i));
            }
        }
        ManagementFactory.getThreadMXBean().setThreadCpuTimeEnabled(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<M4Row>> futures = new ArrayList<>();
        for (TimeSeries s : series) {
            futures.add(pool.submit(() -> M4Row.evaluate(s)));
        }
        List<M4Row> rows = new ArrayList<>();
        for (Future<M4Row> f : futures) {
            rows.add(f.get());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        double cpu = rows.stream().mapToDouble(M4Row::cpuSeconds).sum();
        long failed = rows.stream().filter(M4Row::failed).count();
        double[] secs = rows.stream().mapToDouble(M4Row::cpuSeconds).sorted().toArray();
        System.out.printf(Locale.ROOT, "series=%d threads=%d wall=%.1fs cpu=%.1fs mean MASE=%.4f sMAPE=%.3f "
                        + "coverage80=%.3f coverage95=%.3f failed=%d per-series cpu median=%.3fs max=%.3fs%n",
                rows.size(), threads, wall, cpu, mean(rows, M4Row::mase), mean(rows, M4Row::smape),
                mean(rows, M4Row::coverage80), mean(rows, M4Row::coverage95), failed, secs[secs.length / 2],
                secs[secs.length - 1]);
        if (args.length > 3) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
                out.println("id,n,method,seconds,cpu,mase,smape,coverage80,coverage95,failed");
                for (M4Row r : rows) {
                    out.printf(Locale.ROOT, "%s,%d,%s,%.3f,%.3f,%.5f,%.4f,%.4f,%.4f,%d%n", r.id(), r.n(),
                            r.method().replace(',', ' '), r.seconds(), r.cpuSeconds(), r.mase(), r.smape(),
                            r.coverage80(), r.coverage95(), r.failed() ? 1 : 0);
                }
            }
        }
    }

    private static double mean(List<M4Row> rows, java.util.function.ToDoubleFunction<M4Row> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
