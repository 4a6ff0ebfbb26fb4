package io.capacity.store;

import io.capacity.core.series.TimeSeries;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * A cluster's demand in the planner's units, summed from its hosts' stored metrics: CPU cores in use
 * ({@code (100 - cpu.usage_idle) / 100 x cores}) and memory in GB ({@code mem.used / 2^30}). A host without data
 * at a step contributes nothing there; a step where no host has data is NaN, so gap filling reports it. Empty when
 * no host of the cluster has any data in the range.
 */
public final class ClusterDemand {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private ClusterDemand() {
    }

    /** @param cores cores of each host of the cluster, by host tag value */
    public static Optional<TimeSeries> cpuCores(MetricStore store, String cluster, Map<String, Double> cores, Instant from,
                                      Instant to, Duration step) {
        return sum(store, cluster + ":cpu", cores.keySet().stream().map(h -> new Part(
                SeriesKey.of(MetricSchema.CPU.name(), Map.of("cpu", MetricSchema.CPU_TOTAL, MetricSchema.TAG_HOST, h),
                        "usage_idle"), idle -> (100 - idle) / 100 * cores.get(h))).toList(), from, to, step);
    }

    public static Optional<TimeSeries> memoryGb(MetricStore store, String cluster, List<String> hosts, Instant from,
                                      Instant to, Duration step) {
        return sum(store, cluster + ":memory", hosts.stream().map(h -> new Part(
                SeriesKey.of(MetricSchema.MEM.name(), Map.of(MetricSchema.TAG_HOST, h), "used"),
                bytes -> bytes / GIB)).toList(), from, to, step);
    }

    private record Part(SeriesKey key, DoubleUnaryOperator toDemand) {
    }

    /**
     * Matches a stored series by measurement, field and host: collectors add inventory tags (site, rack, ...) that
     * the inventory file need not repeat.
     */
    private static Optional<TimeSeries> sum(MetricStore store, String id, List<Part> parts, Instant from, Instant to,
                                  Duration step) {
        TreeMap<Long, Double> total = new TreeMap<>();
        for (Part p : parts) {
            for (SeriesKey k : store.series(new SeriesFilter(p.key.measurement(), p.key.field(), p.key.tags()))) {
                TimeSeries s = RegularSeries.read(store, k, from, to, step);
                for (int i = 0; i < s.size(); i++) {
                    if (Double.isFinite(s.value(i))) {
                        total.merge(s.timeAt(i).toEpochMilli(), p.toDemand.applyAsDouble(s.value(i)), Double::sum);
                    }
                }
            }
        }
        if (total.isEmpty()) {
            return Optional.empty();
        }
        long first = total.firstKey();
        long stepMs = step.toMillis();
        double[] v = new double[(int) ((total.lastKey() - first) / stepMs) + 1];
        java.util.Arrays.fill(v, Double.NaN);
        total.forEach((t, x) -> v[(int) ((t - first) / stepMs)] = x);
        return Optional.of(new TimeSeries(id, Instant.ofEpochMilli(first), step, v));
    }
}
