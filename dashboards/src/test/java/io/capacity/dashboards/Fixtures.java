package io.capacity.dashboards;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the demo fleet does not simulate but the dashboards show, written with the schema's names in the shapes our
 * collectors (and Telegraf) write them: switch-port counters over SNMP ({@code interface}), Redfish power
 * ({@code redfish_power_powercontrol}) and the collector agent's own health ({@code capacity_agent}). Values are
 * smooth functions of time; the tests check names, shapes and that every panel finds them.
 */
final class Fixtures {
    private static final Duration STEP = Duration.ofMinutes(15);

    private Fixtures() {
    }

    /** Two uplink ports of one switch at the site, 64-bit octet counters, every 15 minutes over {@code days}. */
    static void switchPorts(MetricStore store, String site, Instant now, int days) {
        List<Point> out = new ArrayList<>();
        String[] ports = {"Ethernet1/49", "Ethernet1/50"};
        for (int p = 0; p < ports.length; p++) {
            Map<String, String> tags = Map.of(MetricSchema.TAG_SITE, site, "agent_host", "tor1.dc1.example",
                    "ifName", ports[p], "ifIndex", Integer.toString(49 + p), "ifAlias", "uplink-" + (p + 1));
            long in = 0;
            long outOctets = 0;
            for (Instant t = now.minus(Duration.ofDays(days)); !t.isAfter(now); t = t.plus(STEP)) {
                double hour = t.getEpochSecond() / 3600.0;
                double bytesPerSec = 2e8 * (1 + 0.5 * Math.sin(2 * Math.PI * hour / 24) + 0.1 * p);
                in += (long) (bytesPerSec * STEP.toSeconds());
                outOctets += (long) (0.6 * bytesPerSec * STEP.toSeconds());
                TreeMap<String, Number> f = new TreeMap<>();
                f.put("ifHCInOctets", in);
                f.put("ifHCOutOctets", outOctets);
                f.put("ifHighSpeed", 100_000L);
                out.add(new Point(MetricSchema.INTERFACE.name(), Point.tagMap(tags), f, nanos(t)));
            }
        }
        store.write(out);
    }

    /** Redfish PowerControl readings of {@code hosts} (tags as our Redfish collector writes them), every 15 minutes. */
    static void redfishPower(MetricStore store, Map<String, Map<String, String>> hosts, Instant now, int days) {
        List<Point> out = new ArrayList<>();
        hosts.forEach((host, inventory) -> {
            TreeMap<String, String> tags = new TreeMap<>(inventory);
            tags.put("address", host + "-bmc.dc1.example");
            tags.put("name", "System Power Control");
            tags.put("member_id", "0");
            tags.put("source", host);
            for (Instant t = now.minus(Duration.ofDays(days)); !t.isAfter(now); t = t.plus(STEP)) {
                double hour = t.getEpochSecond() / 3600.0;
                TreeMap<String, Number> f = new TreeMap<>();
                f.put("power_consumed_watts", Math.round(250 + 80 * Math.sin(2 * Math.PI * hour / 24)) * 1.0);
                f.put("power_capacity_watts", 750.0);
                out.add(new Point(MetricSchema.REDFISH_POWER.name(), Point.tagMap(tags), f, nanos(t)));
            }
        });
        store.write(out);
    }

    /**
     * The self-metrics of an agent on each of {@code hosts} (their inventory tags) over the last {@code hours}, every
     * minute: per target (its host sampler, its BMC over Redfish, a switch over SNMP that fails now and then) and the
     * agent's totals ({@code target=agent}), with the fields {@code AgentMetrics} writes.
     */
    static void agents(MetricStore store, Map<String, Map<String, String>> hosts, Instant now, int hours) {
        List<Point> out = new ArrayList<>();
        String[] targets = {"host", "bmc", "tor1"};
        hosts.forEach((host, inventory) -> {
            long minute = 0;
            for (Instant t = now.minus(Duration.ofHours(hours)); !t.isAfter(now); t = t.plus(Duration.ofMinutes(1))) {
                minute++;
                long collected = 0;
                long errors = 0;
                for (int k = 0; k < targets.length; k++) {
                    long c = minute * (60 + 20 * k);
                    long e = k == 2 ? minute / 30 : 0;
                    collected += c;
                    errors += e;
                    TreeMap<String, Number> f = new TreeMap<>();
                    f.put("points_collected", c);
                    f.put("collect_errors", e);
                    f.put("last_collect_seconds", 0.05 + 0.1 * k);
                    out.add(agentPoint(inventory, targets[k], f, t));
                }
                TreeMap<String, Number> f = new TreeMap<>();
                f.put("points_collected", collected);
                f.put("points_written", collected - 3);
                f.put("points_buffered", 3L);
                f.put("buffer_bytes", 512L);
                f.put("points_dropped", 0L);
                f.put("points_rejected", 0L);
                f.put("write_errors", minute / 120);
                f.put("collect_errors", errors);
                out.add(agentPoint(inventory, MetricSchema.AGENT_TARGET_TOTAL, f, t));
            }
        });
        store.write(out);
    }

    private static Point agentPoint(Map<String, String> inventory, String target, TreeMap<String, Number> f,
                                    Instant t) {
        TreeMap<String, String> tags = new TreeMap<>(inventory);
        tags.put(MetricSchema.AGENT_TAG_TARGET, target);
        for (String field : f.keySet()) {
            if (MetricSchema.AGENT.field(field).isEmpty()) {
                throw new IllegalStateException("capacity_agent has no field " + field + " in MetricSchema");
            }
        }
        return new Point(MetricSchema.AGENT.name(), Point.tagMap(tags), f, nanos(t));
    }

    static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
