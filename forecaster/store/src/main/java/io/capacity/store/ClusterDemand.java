package io.capacity.store;

import io.capacity.core.series.TimeSeries;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A cluster's demand in the planner's units, summed from its hosts' stored metrics: CPU cores in use
 * ({@code (100 - cpu.usage_idle) / 100 x cores}), memory in GB ({@code mem.used / 2^30}) and bandwidth in Mbps (the
 * larger direction of the hosts' summed {@code net.bytes_recv} and {@code net.bytes_sent} rates, x 8 / 10^6). A host
 * without data at a step contributes nothing there; a step where no host has data is NaN, so gap filling reports
 * it. Empty when no host of the cluster has any data in the range.
 */
public final class ClusterDemand {
    private static final double GIB = 1024.0 * 1024 * 1024;
    /**
     * Interfaces whose traffic is not the host's own network demand: loopback, and the bridges and virtual pairs of
     * containers and VMs, which carry the same bytes again (the names node_exporter dashboards leave out).
     */
    public static final Pattern VIRTUAL_INTERFACES = Pattern.compile(
            "lo|lo\\d+|docker\\d*|veth.*|virbr.*|br-.*|cni.*|flannel.*|cali.*|vxlan.*|tun\\d*|tap.*|kube-.*");

    private ClusterDemand() {
    }

    /**
     * A cluster's summed demand with how much history each host asked for contributed to it (from its first to its
     * last value, one step included; zero for a host without data): a host's missing history is load missing from
     * the sum, which the planner must know before it powers anything down.
     */
    public record Summed(TimeSeries series, Map<String, Duration> hostHistory) {
        public Summed {
            hostHistory = Map.copyOf(hostHistory);
        }

        /** The hosts asked for that had no data at all. */
        public Set<String> hostsWithoutData() {
            Set<String> out = new TreeSet<>();
            hostHistory.forEach((h, d) -> {
                if (d.isZero()) {
                    out.add(h);
                }
            });
            return out;
        }
    }

    /** @param cores cores of each host of the cluster, by host tag value */
    public static Optional<TimeSeries> cpuCores(MetricStore store, String cluster, Map<String, Double> cores, Instant from,
                                      Instant to, Duration step) {
        return cpu(store, cluster, cores, from, to, step).map(Summed::series);
    }

    /** {@link #cpuCores}, with the hosts that had no data. */
    public static Optional<Summed> cpu(MetricStore store, String cluster, Map<String, Double> cores, Instant from,
                                       Instant to, Duration step) {
        return summed(cluster + ":cpu", step, cores.keySet(), store, cores.keySet().stream().map(h -> new Part(h,
                SeriesKey.of(MetricSchema.CPU.name(), Map.of("cpu", MetricSchema.CPU_TOTAL, MetricSchema.TAG_HOST, h),
                        "usage_idle"), k -> true, idle -> (100 - idle) / 100 * cores.get(h))).toList(), from, to);
    }

    public static Optional<TimeSeries> memoryGb(MetricStore store, String cluster, List<String> hosts, Instant from,
                                      Instant to, Duration step) {
        return memory(store, cluster, hosts, from, to, step).map(Summed::series);
    }

    /** {@link #memoryGb}, with the hosts that had no data. */
    public static Optional<Summed> memory(MetricStore store, String cluster, List<String> hosts, Instant from,
                                          Instant to, Duration step) {
        return summed(cluster + ":memory", step, hosts, store, hosts.stream().map(h -> new Part(h,
                SeriesKey.of(MetricSchema.MEM.name(), Map.of(MetricSchema.TAG_HOST, h), "used"), k -> true,
                bytes -> bytes / GIB)).toList(), from, to);
    }

    private static Optional<Summed> summed(String id, Duration step, java.util.Collection<String> hosts,
                                           MetricStore store, List<Part> parts, Instant from, Instant to) {
        Map<String, long[]> seen = new HashMap<>();
        Optional<TimeSeries> s = series(id, step, sum(store, parts, from, to, step, seen));
        Map<String, Duration> history = new TreeMap<>();
        for (String h : hosts) {
            long[] span = seen.get(h);
            history.put(h, span == null ? Duration.ZERO : Duration.ofMillis(span[1] - span[0]).plus(step));
        }
        return s.map(x -> new Summed(x, history));
    }

    /**
     * Network demand of the hosts: per direction the sum over hosts and their interfaces not matching
     * {@code exclude} (by the {@code interface} tag), and per step the busier direction, since a NIC carries each
     * direction at its full speed.
     */
    public static Optional<TimeSeries> bandwidthMbps(MetricStore store, String cluster, List<String> hosts,
                                                     Pattern exclude, Instant from, Instant to, Duration step) {
        TreeMap<Long, Double> in = sum(store, nicParts(hosts, "bytes_recv", exclude), from, to, step, new HashMap<>());
        TreeMap<Long, Double> out = sum(store, nicParts(hosts, "bytes_sent", exclude), from, to, step,
                new HashMap<>());
        out.forEach((t, x) -> in.merge(t, x, Math::max));
        return series(cluster + ":bandwidth", step, in);
    }

    /**
     * Power drawn by the hosts in watts: per host the sum of its {@code ipmi_sensor} readings whose {@code unit} tag
     * is {@code watts} (a DCMI reading, or the SDR's watts sensors such as each supply's input), summed over hosts.
     */
    public static Optional<TimeSeries> powerWatts(MetricStore store, String cluster, List<String> hosts, Instant from,
                                                  Instant to, Duration step) {
        return summed(cluster + ":power", step, hosts, store, hosts.stream().map(h -> new Part(h,
                SeriesKey.of(MetricSchema.IPMI_SENSOR.name(), Map.of(MetricSchema.TAG_HOST, h, "unit", "watts"),
                        "value"), k -> true, watts -> watts)).toList(), from, to).map(Summed::series);
    }

    private static List<Part> nicParts(List<String> hosts, String field, Pattern exclude) {
        return hosts.stream().map(h -> new Part(h, SeriesKey.of(MetricSchema.NET.name(),
                Map.of(MetricSchema.TAG_HOST, h), field),
                k -> !exclude.matcher(k.tags().getOrDefault("interface", "")).matches(),
                bytesPerSecond -> bytesPerSecond * 8 / 1e6)).toList();
    }

    private record Part(String host, SeriesKey key, Predicate<SeriesKey> accept, DoubleUnaryOperator toDemand) {
    }

    /**
     * Matches a stored series by measurement, field and host: collectors add inventory tags (site, rack, ...) that
     * the inventory file need not repeat. Returns the per-step total by epoch millisecond; each host's first and
     * last step with a finite value (epoch milliseconds) go into {@code seen}. The parts' series are listed once
     * ({@link #byHost}), not once per host: a store's listing goes over every series it holds, so a listing per host
     * made a cluster's demand cost grow with the hosts times the whole store's series.
     */
    private static TreeMap<Long, Double> sum(MetricStore store, List<Part> parts, Instant from, Instant to,
                                             Duration step, Map<String, long[]> seen) {
        TreeMap<Long, Double> total = new TreeMap<>();
        Map<String, Map<String, List<SeriesKey>>> listed = new HashMap<>();
        for (Part p : parts) {
            SeriesFilter own = new SeriesFilter(p.key.measurement(), p.key.field(), p.key.tags());
            List<SeriesKey> candidates = listed.computeIfAbsent(p.key.measurement() + " " + p.key.field(),
                    x -> byHost(store, parts, p.key)).getOrDefault(p.host, List.of());
            for (SeriesKey k : candidates) {
                if (!own.matches(k) || !p.accept.test(k)) {
                    continue;
                }
                TimeSeries s = RegularSeries.read(store, k, from, to, step);
                for (int i = 0; i < s.size(); i++) {
                    if (Double.isFinite(s.value(i))) {
                        long t = s.timeAt(i).toEpochMilli();
                        long[] span = seen.computeIfAbsent(p.host, h -> new long[] {t, t});
                        span[0] = Math.min(span[0], t);
                        span[1] = Math.max(span[1], t);
                        total.merge(s.timeAt(i).toEpochMilli(), p.toDemand.applyAsDouble(s.value(i)), Double::sum);
                    }
                }
            }
        }
        return total;
    }

    /**
     * The stored series of {@code like}'s measurement and field that carry the tags every such part asks for (its
     * host tag aside), by host tag, in the store's (key) order: one listing for all the parts.
     */
    private static Map<String, List<SeriesKey>> byHost(MetricStore store, List<Part> parts, SeriesKey like) {
        TreeMap<String, String> common = new TreeMap<>(like.tags());
        common.remove(MetricSchema.TAG_HOST);
        for (Part p : parts) {
            if (p.key.measurement().equals(like.measurement()) && p.key.field().equals(like.field())) {
                common.entrySet().removeIf(e -> !e.getValue().equals(p.key.tags().get(e.getKey())));
            }
        }
        Map<String, List<SeriesKey>> out = new HashMap<>();
        for (SeriesKey k : store.series(new SeriesFilter(like.measurement(), like.field(), common))) {
            String host = k.tags().get(MetricSchema.TAG_HOST);
            if (host != null) {
                out.computeIfAbsent(host, x -> new java.util.ArrayList<>()).add(k);
            }
        }
        return out;
    }

    private static Optional<TimeSeries> series(String id, Duration step, TreeMap<Long, Double> total) {
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
