package io.capacity.app.pipeline.cluster;

import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.DimensionCapacity;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cluster's capacity as {@code capacity_headroom} points (docs/schema.md, "Capacity headroom"): one per dimension,
 * timestamped at the run, tagged {@code cluster}, {@code dimension}, {@code unit} and the settings' own tags. A
 * figure that is not finite (a usable capacity of zero makes no ratio) is left out of its point rather than
 * written as a number it is not.
 */
final class CapacityPoints {
    private CapacityPoints() {
    }

    /** @param horizon the capacity's horizon: the days remaining when nothing crosses within it */
    static List<Point> of(ClusterCapacity c, Duration horizon, Map<String, String> tags, Instant at) {
        DimensionCapacity worst = c.mostConstrained();
        double horizonDays = days(horizon);
        long nanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        List<Point> out = new ArrayList<>();
        for (DimensionCapacity d : c.dimensions()) {
            TreeMap<String, String> t = new TreeMap<>(tags);
            t.put(MetricSchema.TAG_CLUSTER, c.cluster());
            t.put(MetricSchema.HEADROOM_TAG_DIMENSION, d.dimension().name().toLowerCase(Locale.ROOT));
            t.put(MetricSchema.HEADROOM_TAG_UNIT, d.dimension().unit());
            TreeMap<String, Number> f = new TreeMap<>();
            finite(f, MetricSchema.HEADROOM_FIELD_USAGE, d.usage());
            finite(f, MetricSchema.HEADROOM_FIELD_USABLE, d.usable());
            finite(f, MetricSchema.HEADROOM_FIELD_CAPACITY, d.capacity());
            finite(f, MetricSchema.HEADROOM_FIELD_HEADROOM, d.headroom());
            finite(f, MetricSchema.HEADROOM_FIELD_RATIO, d.headroomFraction());
            f.put(MetricSchema.HEADROOM_FIELD_DAYS_CONSERVATIVE,
                    d.timeRemaining().map(CapacityPoints::days).orElse(horizonDays));
            f.put(MetricSchema.HEADROOM_FIELD_DAYS_AGGRESSIVE,
                    d.aggressiveRemaining().map(CapacityPoints::days).orElse(horizonDays));
            f.put(MetricSchema.HEADROOM_FIELD_HORIZON_DAYS, horizonDays);
            finite(f, MetricSchema.HEADROOM_FIELD_RECOMMENDED_SIZE, d.recommended().capacity());
            if (d.recommended().hosts() != null) {
                f.put(MetricSchema.HEADROOM_FIELD_RECOMMENDED_HOSTS, (long) d.recommended().hosts());
            }
            TreeMap<String, Object> s = new TreeMap<>();
            s.put(MetricSchema.HEADROOM_FIELD_CROSSES, d.crossesAt() != null);
            s.put(MetricSchema.HEADROOM_FIELD_MOST_CONSTRAINED, d == worst);
            s.put(MetricSchema.HEADROOM_FIELD_CRITICALITY, d.criticality().name().toLowerCase(Locale.ROOT));
            out.add(new Point(MetricSchema.CAPACITY_HEADROOM.name(), Point.tagMap(t), f, nanos, s));
        }
        return out;
    }

    private static double days(Duration d) {
        return d.toNanos() / 86_400e9;
    }

    private static void finite(TreeMap<String, Number> f, String name, double v) {
        if (Double.isFinite(v)) {
            f.put(name, v);
        }
    }
}
