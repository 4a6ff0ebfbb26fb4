package io.capacity.app.report;

import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.mean;
import static tech.tablesaw.aggregate.AggregateFunctions.percentile95;
import static tech.tablesaw.aggregate.AggregateFunctions.stdDev;

import io.capacity.core.series.TimeSeries;
import io.capacity.planner.inventory.Host;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.RegularSeries;
import io.capacity.store.SeriesFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each host's CPU utilisation over the week (100 minus its stored {@code cpu,cpu=cpu-total usage_idle}, on the
 * report's step), summarised with Tablesaw into mean, 95th percentile, standard deviation and maximum per host:
 * what the idle and flat-out lists read. The hosts' CPU series are listed once ({@link #cpuSeries}) and looked up by
 * host, not listed again per host: a store's listing goes over every series it holds.
 */
final class HostWeeks {
    /** One host's week, in percent of its cores; {@code steps} observed. */
    record HostWeek(String host, String cluster, double mean, double p95, double sd, double max, int steps) {
    }

    private HostWeeks() {
    }

    /** Every host's {@code cpu,cpu=cpu-total usage_idle} series by host tag, in the store's (key) order. */
    static Map<String, List<SeriesKey>> cpuSeries(MetricStore s) {
        Map<String, List<SeriesKey>> out = new HashMap<>();
        TreeMap<String, String> tags = new TreeMap<>(Map.of("cpu", MetricSchema.CPU_TOTAL));
        for (SeriesKey k : s.series(new SeriesFilter(MetricSchema.CPU.name(), "usage_idle", tags))) {
            String h = k.tags().get(MetricSchema.TAG_HOST);
            if (h != null) {
                out.computeIfAbsent(h, x -> new ArrayList<>()).add(k);
            }
        }
        return out;
    }

    /**
     * The hosts with stored CPU in [from, to); those without any are left out.
     *
     * @param cpu the hosts' CPU series, {@link #cpuSeries}
     */
    static List<HostWeek> of(MetricStore s, Map<String, List<SeriesKey>> cpu, List<Host> hosts, Instant from,
                             Instant to, Duration step) {
        StringColumn host = StringColumn.create("host");
        StringColumn cluster = StringColumn.create("cluster");
        DoubleColumn util = DoubleColumn.create("util");
        for (Host h : hosts) {
            for (SeriesKey k : cpu.getOrDefault(h.id(), List.of())) {
                TimeSeries y = RegularSeries.read(s, k, from, to, step);
                for (double idle : y.values()) {
                    if (Double.isFinite(idle)) {
                        host.append(h.id());
                        cluster.append(h.cluster());
                        util.append(100 - idle);
                    }
                }
            }
        }
        Table steps = Table.create("hosts", host, cluster, util);
        Table t = steps.summarize("util", mean, percentile95, stdDev, max).by("host", "cluster");
        List<HostWeek> out = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        host.forEach(x -> counts.merge(x, 1, Integer::sum));
        for (int i = 0; i < t.rowCount(); i++) {
            double sd = t.numberColumn(4).getDouble(i);
            String h = t.stringColumn(0).get(i);
            out.add(new HostWeek(h, t.stringColumn(1).get(i), t.numberColumn(2).getDouble(i),
                    t.numberColumn(3).getDouble(i), Double.isFinite(sd) ? sd : 0, t.numberColumn(5).getDouble(i),
                    counts.get(h)));
        }
        return out;
    }
}
