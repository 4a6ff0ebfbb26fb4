package io.capacity.bench.collect;

import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The deterministic load both throughput benchmarks send: point {@code i} belongs to one of {@link #SERIES}
 * host-like series (the inventory tags every real point carries), has the integer field {@code v = i} and the
 * timestamp {@code base + i} ns. Every point is a distinct series+timestamp, so InfluxDB's count of {@code v}
 * must equal the number sent, and equal {@code i} give byte-identical lines in both benchmarks.
 */
public final class BenchPoints {
    public static final String MEASUREMENT = "bench_load";
    public static final int SERIES = 1000;
    /** 2023-11-14T22:13:20Z: fixed, so reruns overwrite instead of adding points. */
    public static final long BASE_NANOS = 1_700_000_000_000_000_000L;

    private final List<SortedMap<String, String>> tags = new ArrayList<>(SERIES);

    public BenchPoints() {
        for (int s = 0; s < SERIES; s++) {
            tags.add(Point.tagMap(Map.of("site", "fra1", "cluster", "c" + s % 4, "rack", "r" + s % 40,
                    "host", String.format("node%04d", s))));
        }
    }

    public Point point(long i) {
        return Point.ofInteger(MEASUREMENT, tags.get((int) (i % SERIES)), "v", i, BASE_NANOS + i);
    }

    /** Points {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Point> range(long from, long to) {
        List<Point> out = new ArrayList<>((int) (to - from));
        for (long i = from; i < to; i++) {
            out.add(point(i));
        }
        return out;
    }
}
