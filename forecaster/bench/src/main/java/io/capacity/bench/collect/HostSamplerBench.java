package io.capacity.bench.collect;

import io.capacity.collectors.host.HostSampler;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.source.InventoryTags;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * CPU time (ThreadMXBean, this thread) and wall time per {@link HostSampler#collect} with the default config,
 * after a warm-up so JIT compilation and OSHI's first discovery are not counted; the samples include the
 * periodic disk/NIC re-discovery at its default rate. The share of one core is the mean CPU time over the
 * default interval. Prints key=value lines.
 */
public final class HostSamplerBench {
    private static final String USAGE = "HostSamplerBench [--warmup N] [--samples N] ";

    public static void main(String[] argv) {
        Args args = new Args(argv, USAGE);
        int warmup = (int) args.getLong("warmup", 50);
        int n = (int) args.getLong("samples", 200);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        HostSamplerConfig config = HostSamplerConfig.defaults();
        HostSampler sampler = new HostSampler(config, new InventoryTags("fra1", "c1", "r1", "bench", null));
        int points = 0;
        for (int i = 0; i < warmup; i++) {
            points = sampler.collect(i).size();
        }
        long[] cpu = new long[n];
        long[] wall = new long[n];
        for (int i = 0; i < n; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            sampler.collect(warmup + i);
            wall[i] = System.nanoTime() - w0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        double meanCpuMs = Arrays.stream(cpu).average().orElseThrow() / 1e6;
        double intervalMs = config.interval().toMillis();
        System.out.printf("samples=%d%npoints_per_sample=%d%ninterval_s=%.0f%n", n, points, intervalMs / 1000);
        System.out.printf("cpu_mean_ms=%.3f%ncpu_p95_ms=%.3f%ncpu_max_ms=%.3f%n", meanCpuMs, pct(cpu, 0.95),
                pct(cpu, 1.0));
        System.out.printf("wall_mean_ms=%.3f%nwall_p95_ms=%.3f%nwall_max_ms=%.3f%n",
                Arrays.stream(wall).average().orElseThrow() / 1e6, pct(wall, 0.95), pct(wall, 1.0));
        System.out.printf("core_share_percent=%.4f%n", 100 * meanCpuMs / intervalMs);
    }

    private static double pct(long[] values, double q) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] / 1e6;
    }
}
