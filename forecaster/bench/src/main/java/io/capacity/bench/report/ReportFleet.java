package io.capacity.bench.report;

import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoInventory;
import io.capacity.app.demo.DemoPoints;
import io.capacity.app.demo.DemoProfile;
import io.capacity.app.demo.DemoSignals;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo fleet ({@code serve --demo}'s hosts, seed 1) regrouped into clusters of {@link #HOSTS_PER_CLUSTER}
 * hosts, taken in turn from its growing, nightly and flat hosts so each cluster has one shape and one model: the
 * inventory says which hosts each cluster holds, and their points are the demo's own ({@link DemoPoints}), written
 * for those hosts only. The points keep the demo's cluster tag; the report, capacity and plans match a cluster's
 * hosts by their host tag, as they do for a fleet whose collectors add no cluster tag.
 */
final class ReportFleet {
    static final int HOSTS_PER_CLUSTER = 100;
    /** Points per store write, as the demo's backfill batches them. */
    private static final int BATCH_POINTS = 50_000;
    /**
     * The fields the report and the cluster plans read of the demo's points, by measurement: each host's CPU
     * ({@code cpu,cpu=cpu-total usage_idle}: the cluster's CPU demand and the idle and flat-out hosts), memory
     * ({@code mem used}) and network counters ({@code net bytes_recv, bytes_sent}), as {@code ClusterDemand} sums
     * them. The hosts' watts ({@code ipmi_sensor}) are read only for a cluster with a power budget, which the demo's
     * inventory sets for none.
     */
    static final Map<String, Set<String>> READ = Map.of(MetricSchema.CPU.name(), Set.of("usage_idle"),
            MetricSchema.MEM.name(), Set.of("used"), MetricSchema.NET.name(), Set.of("bytes_recv", "bytes_sent"));

    /** A demo host and the cluster it is counted in. */
    record Member(DemoFleet.Host host, String cluster) {
    }

    private final DemoFleet fleet;
    private final List<Member> members;

    /** {@code clusters} clusters of the fleet whose history ends at {@code anchor}. */
    ReportFleet(int clusters, Instant anchor) {
        int perShape = (clusters + DemoFleet.Shape.values().length - 1) / DemoFleet.Shape.values().length;
        this.fleet = new DemoFleet(DemoFleet.Shape.values().length * perShape * HOSTS_PER_CLUSTER, 1, anchor);
        this.members = members(fleet, clusters);
    }

    DemoFleet fleet() {
        return fleet;
    }

    List<Member> members() {
        return members;
    }

    private static List<Member> members(DemoFleet fleet, int clusters) {
        List<DemoFleet.Host> all = fleet.layout();
        DemoFleet.Shape[] shapes = DemoFleet.Shape.values();
        List<Member> out = new ArrayList<>(clusters * HOSTS_PER_CLUSTER);
        for (int c = 0; c < clusters; c++) {
            DemoFleet.Shape shape = shapes[c % shapes.length];
            int nth = c / shapes.length;
            String id = String.format("%s-c%02d", shape.cluster(), nth + 1);
            List<DemoFleet.Host> ofShape = all.stream().filter(h -> h.shape() == shape).toList();
            ofShape.subList(nth * HOSTS_PER_CLUSTER, (nth + 1) * HOSTS_PER_CLUSTER)
                    .forEach(h -> out.add(new Member(h, id)));
        }
        return List.copyOf(out);
    }

    /**
     * The demo's inventory of the fleet (its models, prices and currency), its clusters and hosts replaced by the
     * regrouped ones; written into {@code dir}.
     */
    Path writeInventory(Path dir) {
        Path f = DemoInventory.write(dir, fleet);
        try {
            String demo = Files.readString(f, StandardCharsets.UTF_8);
            int at = demo.indexOf("\nclusters:\n");
            if (at < 0) {
                throw new IllegalStateException("the demo inventory has no clusters: section to replace");
            }
            StringBuilder y = new StringBuilder(demo.substring(0, at + 1)).append("clusters:\n");
            members.stream().map(Member::cluster).distinct().forEach(c -> y.append("  - id: ").append(c).append('\n'));
            y.append("hosts:\n");
            for (Member m : members) {
                y.append("  - {id: ").append(m.host().id()).append(", cluster: ").append(m.cluster())
                        .append(", model: ").append(m.host().model().name()).append(", purchased: 2022-01-01}\n");
            }
            Files.writeString(f, y, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The members' demo points at every {@code step} in [from, to], each with only the fields the report and the
     * cluster plans read ({@link #READ}; the rest of the demo's 28 values per host and step are never read by them),
     * host after host and series after series as an import writes them: through the store's bulk path, a cluster's
     * hosts per transaction (staged, then moved sorted by series and time), so each series' history lies together;
     * returns the values written.
     */
    long write(MetricStore store, Instant from, Instant to, Duration step) {
        DemoPoints points = new DemoPoints(new DemoSignals(fleet, DemoProfile.builtIn()));
        List<Point> batch = new ArrayList<>(BATCH_POINTS + 8);
        long values = 0;
        long first = nanos(from);
        long end = nanos(to);
        Map<String, List<Member>> byCluster = new LinkedHashMap<>();
        members.forEach(m -> byCluster.computeIfAbsent(m.cluster(), c -> new ArrayList<>()).add(m));
        for (List<Member> cluster : byCluster.values()) {
            Optional<MetricStore.Transaction> tx = store.begin();
            try {
                for (Member m : cluster) {
                    for (long t = first; t <= end; t += step.toNanos()) {
                        for (Point p : points.at(m.host(), t)) {
                            Point read = read(p);
                            if (read != null) {
                                batch.add(read);
                                values += read.fields().size();
                            }
                        }
                    }
                    if (batch.size() >= BATCH_POINTS) {
                        store.write(batch);
                        batch.clear();
                    }
                }
                store.write(batch);
                batch.clear();
                tx.ifPresent(MetricStore.Transaction::commit);
            } finally {
                tx.ifPresent(MetricStore.Transaction::close);
            }
        }
        return values;
    }

    /** {@code p} with only the fields in {@link #READ}; null when it has none. */
    private static Point read(Point p) {
        Set<String> wanted = READ.get(p.measurement());
        if (wanted == null) {
            return null;
        }
        TreeMap<String, Number> fields = new TreeMap<>(p.fields());
        fields.keySet().retainAll(wanted);
        return fields.isEmpty() ? null : new Point(p.measurement(), p.tags(), fields, p.timeNanos());
    }

    private static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }
}
