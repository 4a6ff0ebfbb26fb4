package io.capacity.collectors.it;

import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A high-rate source for load tests: each poll emits {@code perPoll} points with a global sequence number as
 * both the integer value and the nanosecond offset of the timestamp, so every point is a distinct
 * series+timestamp and count and sum of the values are an exact checksum. The counters are shared across
 * instances so an agent restart continues the sequence.
 */
public final class SyntheticLoad implements Source {
    public static final String MEASUREMENT = "synthetic_load";

    private final int perPoll;
    private final long baseNanos;
    private final AtomicLong seq;
    private final AtomicLong sum;
    private final List<SortedMap<String, String>> series = new ArrayList<>();

    public SyntheticLoad(int perPoll, long baseNanos, AtomicLong seq, AtomicLong sum) {
        this.perPoll = perPoll;
        this.baseNanos = baseNanos;
        this.seq = seq;
        this.sum = sum;
        for (int i = 0; i < 20; i++) {
            series.add(Point.tagMap(Map.of("series", "s" + i, "host", "synthetic")));
        }
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public List<Point> collect(long timeNanos) {
        List<Point> out = new ArrayList<>(perPoll);
        for (int i = 0; i < perPoll; i++) {
            long n = seq.getAndIncrement();
            sum.addAndGet(n);
            out.add(new Point(MEASUREMENT, series.get((int) (n % series.size())), new TreeMap<>(Map.of("v", n)),
                    baseNanos + n));
        }
        return out;
    }
}
