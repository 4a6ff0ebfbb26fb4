package io.capacity.dashboards;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StatePoints;
import io.capacity.store.StoreHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A store that rewrites the demo fleet's collector points into what Telegraf writes for the same machines with
 * {@code dashboards/telegraf/telegraf.conf}, then stores them: {@code host} is the machine's name (here a dotted
 * FQDN, so variable values need regex escaping), no {@code origin} tag; {@code ipmi_sensor} in Telegraf's
 * metric_version 2 shape (tags {@code entity_id}, {@code status_code}, {@code status_desc}, {@code server}; field
 * {@code value} only, no {@code status}); and the hosts of {@code redfishClusters} reporting power through Telegraf's
 * {@code inputs.redfish} instead ({@code redfish_power_powercontrol}, tags {@code address}, {@code member_id},
 * {@code name}, {@code source}). Shapes from Telegraf's plugin READMEs (plugins/inputs/ipmi_sensor, redfish, cpu,
 * mem, net). The demo's {@code bmc_power_state} points are dropped ({@link #NOT_WRITTEN}). Everything else (the
 * pipeline's output) is stored unchanged.
 */
final class TelegrafShaped implements MetricStore {
    static final String DOMAIN = ".dc1.example";
    /**
     * Measurements of ours that no Telegraf input writes: the agent's health ({@code capacity_agent}; Telegraf's is
     * its {@code internal} input) and the BMC's power state ({@code bmc_power_state}; Telegraf reads power, not state).
     */
    static final Set<String> NOT_WRITTEN = Set.of(MetricSchema.AGENT.name(), MetricSchema.POWER_STATE.name());

    private final MetricStore inner;
    private final Set<String> redfishClusters;

    TelegrafShaped(MetricStore inner, Set<String> redfishClusters) {
        this.inner = inner;
        this.redfishClusters = Set.copyOf(redfishClusters);
    }

    static String fqdn(String host) {
        return host + DOMAIN;
    }

    @Override
    public void write(List<Point> points) {
        List<Point> out = new ArrayList<>(points.size());
        for (Point p : points) {
            if (NOT_WRITTEN.contains(p.measurement())) {
                continue;
            }
            out.add(switch (p.measurement()) {
                case "cpu", "mem", "net" -> new Point(p.measurement(), telegrafTags(p.tags()), p.fields(),
                        p.timeNanos());
                case "ipmi_sensor" -> power(p);
                default -> p;
            });
        }
        inner.write(out);
    }

    private Point power(Point p) {
        TreeMap<String, String> t = telegrafTags(p.tags());
        String bmc = p.tags().get(MetricSchema.TAG_HOST) + "-bmc" + DOMAIN;
        Number watts = p.fields().get("value");
        if (redfishClusters.contains(p.tags().get(MetricSchema.TAG_CLUSTER))) {
            t.remove("name");
            t.remove("unit");
            t.remove("server");
            t.put("address", bmc);
            t.put("member_id", "0");
            t.put("name", "System Power Control");
            t.put("source", t.get(MetricSchema.TAG_HOST));
            TreeMap<String, Number> f = new TreeMap<>();
            f.put("power_consumed_watts", watts.doubleValue());
            f.put("power_capacity_watts", 750.0);
            return new Point(MetricSchema.REDFISH_POWER.name(), t, f, p.timeNanos());
        }
        t.put("server", bmc);
        t.put("entity_id", "7.1");
        t.put("status_code", "ok");
        t.put("status_desc", "ok");
        return new Point(p.measurement(), t, new TreeMap<>(Map.of("value", watts.doubleValue())), p.timeNanos());
    }

    private static TreeMap<String, String> telegrafTags(Map<String, String> tags) {
        TreeMap<String, String> t = new TreeMap<>(tags);
        t.remove(MetricSchema.TAG_ORIGIN);
        t.computeIfPresent(MetricSchema.TAG_HOST, (k, v) -> fqdn(v));
        return t;
    }

    @Override
    public String kind() {
        return inner.kind();
    }

    @Override
    public SeriesData read(SeriesQuery query) {
        return inner.read(query);
    }

    @Override
    public List<SeriesKey> series(SeriesFilter filter) {
        return inner.series(filter);
    }

    @Override
    public Optional<java.time.Instant> seriesListedAt() {
        return inner.seriesListedAt();
    }

    @Override
    public StatePoints readStates(SeriesKey key, java.time.Instant from, java.time.Instant to) {
        return inner.readStates(key, from, to);
    }

    @Override
    public boolean storedAsInteger(SeriesKey key) {
        return inner.storedAsInteger(key);
    }

    @Override
    public StoreHealth health() {
        return inner.health();
    }

    @Override
    public void close() {
        inner.close();
    }
}
