package io.capacity.app.demo;

import io.capacity.planner.power.PowerCurve;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A simulated host's points at one time, under the names the real collectors write: {@code cpu} (cpu-total, every
 * {@code usage_*}), {@code mem}, {@code net} counters and link speed of {@code eth0} (as Telegraf's inputs.net), the
 * BMC's {@code ipmi_sensor} power reading from the host model's SPECpower curve and its {@code bmc_power_state}
 * (on: the demo powers no host down, its plans are never carried out); each with the inventory tags and
 * {@code origin=demo}.
 */
public final class DemoPoints {
    static final String INTERFACE = "eth0";
    static final String POWER_SENSOR = "pwr_consumption";
    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final long BYTES_PER_PACKET = 1200;

    private final DemoSignals signals;
    private final Map<String, Tags> tags = new HashMap<>();

    private record Tags(SortedMap<String, String> cpu, SortedMap<String, String> host, SortedMap<String, String> net,
                        SortedMap<String, String> power, SortedMap<String, String> state) {
    }

    public DemoPoints(DemoSignals signals) {
        this.signals = signals;
    }

    /** The inventory tags every point of the host carries, {@code origin=demo} among them. */
    public static Map<String, String> inventoryTags(DemoFleet.Host h) {
        return Map.of(MetricSchema.TAG_SITE, DemoFleet.SITE, MetricSchema.TAG_CLUSTER, h.cluster(),
                MetricSchema.TAG_RACK, h.cluster() + "-r1", MetricSchema.TAG_HOST, h.id(),
                MetricSchema.TAG_HW_MODEL, h.model().name(), MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);
    }

    /** The host's five points at {@code timeNanos}. */
    public List<Point> at(DemoFleet.Host h, long timeNanos) {
        long sec = Math.floorDiv(timeNanos, 1_000_000_000L);
        Tags t = tags.computeIfAbsent(h.id(), k -> tagsOf(h));
        List<Point> out = new ArrayList<>(5);
        double u = signals.cpu(h, sec);
        out.add(new Point(MetricSchema.CPU.name(), t.cpu, cpuFields(u), timeNanos));
        out.add(new Point(MetricSchema.MEM.name(), t.host, memFields(h, signals.memUsedPercent(h, sec)), timeNanos));
        out.add(new Point(MetricSchema.NET.name(), t.net, netFields(signals.bytesRecv(h, sec),
                signals.bytesSent(h, sec)), timeNanos));
        PowerCurve curve = h.model().curve();
        TreeMap<String, Number> p = new TreeMap<>();
        p.put("value", Math.round(curve.watts(u) * 10) / 10.0);
        p.put("status", 1L);
        out.add(new Point(MetricSchema.IPMI_SENSOR.name(), t.power, p, timeNanos));
        TreeMap<String, Number> state = new TreeMap<>();
        state.put(MetricSchema.POWER_STATE_CODE, MetricSchema.POWER_ON);
        out.add(new Point(MetricSchema.POWER_STATE.name(), t.state, state, timeNanos));
        return out;
    }

    private static Tags tagsOf(DemoFleet.Host h) {
        Map<String, String> inv = inventoryTags(h);
        return new Tags(with(inv, Map.of("cpu", MetricSchema.CPU_TOTAL)), Point.tagMap(inv),
                with(inv, Map.of("interface", INTERFACE)),
                with(inv, Map.of("name", POWER_SENSOR, "unit", "watts", "server", bmc(h))),
                with(inv, Map.of("server", bmc(h))));
    }

    /** The simulated BMC's address, the {@code server} tag of the host's IPMI points. */
    private static String bmc(DemoFleet.Host h) {
        return h.id() + "-bmc";
    }

    private static SortedMap<String, String> with(Map<String, String> inv, Map<String, String> own) {
        TreeMap<String, String> m = new TreeMap<>(inv);
        m.putAll(own);
        return Point.tagMap(m);
    }

    private static TreeMap<String, Number> cpuFields(double u) {
        double busy = round(u * 100);
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("usage_user", round(busy * 0.75));
        f.put("usage_system", round(busy * 0.2));
        f.put("usage_iowait", round(busy * 0.05));
        f.put("usage_idle", round(100 - busy));
        for (String zero : List.of("usage_nice", "usage_irq", "usage_softirq", "usage_steal", "usage_guest",
                "usage_guest_nice")) {
            f.put(zero, 0.0);
        }
        return f;
    }

    private static TreeMap<String, Number> memFields(DemoFleet.Host h, double usedPercent) {
        long total = (long) (h.model().memGb() * GIB);
        long used = (long) (total * usedPercent / 100);
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("total", total);
        f.put("used", used);
        f.put("available", total - used);
        f.put("free", (total - used) / 2);
        f.put("used_percent", round(100.0 * used / total));
        f.put("available_percent", round(100.0 * (total - used) / total));
        return f;
    }

    private static TreeMap<String, Number> netFields(long recv, long sent) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put(MetricSchema.NET_FIELD_SPEED, DemoInventory.NIC_GBPS * 1000L);
        f.put("bytes_recv", recv);
        f.put("bytes_sent", sent);
        f.put("packets_recv", recv / BYTES_PER_PACKET);
        f.put("packets_sent", sent / BYTES_PER_PACKET);
        for (String zero : List.of("err_in", "err_out", "drop_in", "drop_out")) {
            f.put(zero, 0L);
        }
        return f;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
