package io.capacity.dashboards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * STAND-IN until the pipeline writes {@code capacity_headroom} itself (another change, merged after this one): one
 * point per cluster and dimension, tags {@code cluster}, {@code dimension} (cpu, memory, power, bandwidth),
 * {@code unit}; fields {@code usage}, {@code usable}, {@code capacity}, {@code headroom}, {@code headroom_ratio},
 * {@code days_conservative}, {@code days_aggressive}, {@code horizon_days}, {@code crosses}, {@code recommended_size},
 * {@code recommended_hosts}, {@code most_constrained}, {@code criticality}, exactly as that change names them. The
 * values are made up; only the names and types matter to the dashboards. When the pipeline writes the measurement,
 * delete this class and its one call in {@link FleetData#pipelineRun}.
 */
final class HeadroomStandIn {
    static final String MEASUREMENT = "capacity_headroom";
    private static final String[][] DIMENSIONS = {{"cpu", "cores"}, {"memory", "GB"}, {"power", "W"},
        {"bandwidth", "Mbps"}};

    private HeadroomStandIn() {
    }

    static void write(Influx influx, List<String> clusters, Map<String, String> tags, Instant at) {
        long t = at.getEpochSecond() * 1_000_000_000L;
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (int d = 0; d < DIMENSIONS.length; d++) {
                TreeMap<String, String> tg = new TreeMap<>(tags);
                tg.put("cluster", clusters.get(c));
                tg.put("dimension", DIMENSIONS[d][0]);
                tg.put("unit", DIMENSIONS[d][1]);
                double usage = 100 * (c + 1) + 10 * d;
                double usable = usage * (1.2 + 0.1 * d);
                double days = 3 + 4 * c + d;
                StringBuilder key = new StringBuilder(MEASUREMENT);
                tg.forEach((k, v) -> key.append(',').append(k).append('=').append(v));
                lines.add(key + String.format(java.util.Locale.ROOT, " usage=%s,usable=%s,capacity=%s,headroom=%s,"
                                + "headroom_ratio=%s,days_conservative=%s,days_aggressive=%s,horizon_days=14,"
                                + "crosses=%s,recommended_size=%s,recommended_hosts=%di,most_constrained=%s,"
                                + "criticality=\"%s\" %d", usage, usable, usable * 1.25, usable - usage,
                        (usable - usage) / usable, days, days + 2, days < 14, usage * 0.2, c + 1, d == 0,
                        days < 7 ? "critical" : days < 14 ? "warning" : "ok", t));
            }
        }
        influx.write(lines);
    }
}
