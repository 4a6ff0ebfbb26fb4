package io.capacity.bench.report;

import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoInventory;
import io.capacity.app.demo.DemoPoints;
import io.capacity.app.demo.DemoProfile;
import io.capacity.app.demo.DemoSignals;
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
import java.util.List;
import java.util.Optional;

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
    /** Steps per transaction: a day of hours, so no transaction holds the whole history. */
    private static final int STEPS_PER_COMMIT = 24;

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
     * The members' demo points at every {@code step} in [from, to], time after time as the demo's backfill and its
     * live agent write them (so the store's layout is theirs), a day of steps per transaction; returns the values
     * written.
     */
    long write(MetricStore store, Instant from, Instant to, Duration step) {
        DemoPoints points = new DemoPoints(new DemoSignals(fleet, DemoProfile.builtIn()));
        List<Point> batch = new ArrayList<>(BATCH_POINTS + 8);
        long values = 0;
        long end = nanos(to);
        long t = nanos(from);
        while (t <= end) {
            Optional<MetricStore.Transaction> tx = store.begin();
            try {
                for (int s = 0; s < STEPS_PER_COMMIT && t <= end; s++, t += step.toNanos()) {
                    for (Member m : members) {
                        for (Point p : points.at(m.host(), t)) {
                            batch.add(p);
                            values += p.fields().size();
                        }
                        if (batch.size() >= BATCH_POINTS) {
                            store.write(batch);
                            batch.clear();
                        }
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

    private static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }
}
