package io.capacity.app.demo;

import io.capacity.planner.power.CatalogueEntry;
import io.capacity.planner.power.PowerCatalogue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated fleet: {@code hosts} hosts in three clusters (one growing, one with a nightly trough, one flat),
 * its randomness from {@code seed}, and its history ending at {@code anchor} (the first start, on the hour): the
 * growing cluster's trend is counted from the history's start, so a restart continues the same series.
 */
public record DemoFleet(int hosts, long seed, Instant anchor) {
    public static final int DEFAULT_HOSTS = 24;
    public static final long DEFAULT_SEED = 1;
    public static final int MIN_HOSTS = 6;
    public static final int MAX_HOSTS = 100_000;
    /** History written at the first start. */
    public static final Duration HISTORY = Duration.ofDays(28);
    public static final String SITE = "demo";

    /** The three kinds of cluster, with the catalogue model their hosts run. */
    public enum Shape {
        GROWING("demo-growing", PowerCatalogue.MODERN),
        NIGHTLY("demo-nightly", PowerCatalogue.OLD),
        FLAT("demo-flat", "dell-r7525-2020");

        private final String cluster;
        private final String model;

        Shape(String cluster, String model) {
            this.cluster = cluster;
            this.model = model;
        }

        public String cluster() {
            return cluster;
        }

        public String model() {
            return model;
        }
    }

    /** One simulated host. */
    public record Host(int index, String id, Shape shape, CatalogueEntry model) {
        public String cluster() {
            return shape.cluster();
        }
    }

    public DemoFleet {
        if (hosts < MIN_HOSTS || hosts > MAX_HOSTS) {
            throw new IllegalArgumentException("demo_hosts " + hosts + ": expected " + MIN_HOSTS + " to " + MAX_HOSTS
                    + " (two per cluster at least, for N+1)");
        }
        anchor = anchor.truncatedTo(ChronoUnit.HOURS);
    }

    /** Where the backfilled history starts. */
    public Instant historyStart() {
        return anchor.minus(HISTORY);
    }

    /** The hosts, split as evenly as possible over the three clusters in {@link Shape} order. */
    public List<Host> layout() {
        List<Host> out = new ArrayList<>(hosts);
        Shape[] shapes = Shape.values();
        for (int i = 0; i < hosts; i++) {
            Shape s = shapes[(int) ((long) i * shapes.length / hosts)];
            CatalogueEntry m = PowerCatalogue.builtIn().find(s.model()).orElseThrow();
            out.add(new Host(i, String.format("%s-%03d", s.cluster(), i + 1), s, m));
        }
        return out;
    }
}
