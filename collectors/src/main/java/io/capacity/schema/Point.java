package io.capacity.schema;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One timestamped measurement with its tags and numeric fields, the unit every collector, importer and store
 * exchanges. Field values are {@link Long} (InfluxDB integer fields, as Telegraf writes counters) or finite
 * {@link Double}.
 *
 * @param timeNanos Unix epoch nanoseconds, InfluxDB's native precision
 */
public record Point(String measurement, SortedMap<String, String> tags, SortedMap<String, Number> fields,
                    long timeNanos) {

    public Point {
        Names.requireName("measurement", measurement);
        tags = immutableTags(tags);
        Objects.requireNonNull(fields, "fields");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("point of " + measurement + " has no fields");
        }
        TreeMap<String, Number> f = new TreeMap<>();
        for (Map.Entry<String, Number> e : fields.entrySet()) {
            Names.requireName("field key", e.getKey());
            f.put(e.getKey(), checkValue(e.getKey(), e.getValue()));
        }
        fields = Collections.unmodifiableSortedMap(f);
    }

    /** A point with one float field. */
    public static Point of(String measurement, Map<String, String> tags, String field, double value, long timeNanos) {
        return new Point(measurement, tagMap(tags), new TreeMap<>(Map.of(field, value)), timeNanos);
    }

    /** The series key of one of this point's fields. */
    public SeriesKey key(String field) {
        if (!fields.containsKey(field)) {
            throw new IllegalArgumentException("point of " + measurement + " has no field " + field);
        }
        return new SeriesKey(measurement, tags, field);
    }

    /** This point as one line of InfluxDB line protocol (no trailing newline), nanosecond precision. */
    public String toLineProtocol() {
        StringBuilder sb = new StringBuilder(64);
        appendLineProtocol(sb);
        return sb.toString();
    }

    // forEach, not entrySet(): iterating an unmodifiable map's entry set wraps every entry in a new object, and
    // this runs for every collected point (the agent's hottest loop in scripts/bench-collect.sh).
    public void appendLineProtocol(StringBuilder sb) {
        Names.escapeMeasurement(measurement, sb);
        tags.forEach((k, v) -> {
            sb.append(',');
            Names.escapeKey(k, sb);
            sb.append('=');
            Names.escapeKey(v, sb);
        });
        sb.append(' ');
        int start = sb.length();
        fields.forEach((k, v) -> {
            if (sb.length() > start) {
                sb.append(',');
            }
            Names.escapeKey(k, sb);
            sb.append('=');
            appendValue(v, sb);
        });
        sb.append(' ').append(timeNanos);
    }

    /** Formats a field value as line protocol does: integers with an {@code i} suffix, floats shortest-exact. */
    public static void appendValue(Number v, StringBuilder sb) {
        if (v instanceof Long l) {
            sb.append(l).append('i');
        } else {
            double d = v.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                sb.append((long) d);
            } else {
                sb.append(d);
            }
        }
    }

    static SortedMap<String, String> immutableTags(Map<String, String> tags) {
        Objects.requireNonNull(tags, "tags");
        if (tags instanceof SortedMap<String, String> s && isUnmodifiable(s)) {
            return s;
        }
        TreeMap<String, String> t = new TreeMap<>();
        for (Map.Entry<String, String> e : tags.entrySet()) {
            Names.requireName("tag key", e.getKey());
            Names.requireName("value of tag " + e.getKey(), e.getValue());
            t.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableSortedMap(t);
    }

    private static final Class<?> UNMODIFIABLE_SORTED =
            Collections.unmodifiableSortedMap(new TreeMap<>()).getClass();

    // Sharing an already-validated immutable tag map keeps per-point cost low on million-row imports.
    private static boolean isUnmodifiable(SortedMap<?, ?> m) {
        return m.getClass() == UNMODIFIABLE_SORTED;
    }

    /** Validated, immutable, sorted copy of a tag map; share the result across points of one series. */
    public static SortedMap<String, String> tagMap(Map<String, String> tags) {
        return immutableTags(tags);
    }

    private static Number checkValue(String field, Number v) {
        Objects.requireNonNull(v, () -> "value of field " + field);
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return v.longValue();
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("field " + field + " must be a finite number, got " + d);
        }
        return d;
    }
}
