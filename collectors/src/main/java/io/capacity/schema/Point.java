package io.capacity.schema;

import java.util.Map;
import java.util.SortedMap;

/**
 * One timestamped measurement with its tags and numeric fields, the unit every collector, importer and store
 * exchanges. Field values are {@link Long} (InfluxDB integer fields, as Telegraf writes counters) or finite
 * {@link Double}. Tags and fields are immutable sorted maps; tags from {@link #tagMap} and fields of another point
 * are taken as they are, anything else is validated and copied.
 *
 * @param timeNanos Unix epoch nanoseconds, InfluxDB's native precision
 * @param states    boolean and string fields ({@link FieldKind#STATE}, e.g. a criticality): written and kept with
 *                  the point but never read as a series, so every read, forecast and aggregate sees numbers only;
 *                  usually empty. A key may not be both a field and a state.
 */
public record Point(String measurement, SortedMap<String, String> tags, SortedMap<String, Number> fields,
                    long timeNanos, SortedMap<String, Object> states) {

    public Point {
        Names.requireName("measurement", measurement);
        tags = TagSet.of(tags);
        fields = FieldSet.of(measurement, fields);
        states = StateSet.of(measurement, states);
        for (String k : states.keySet()) {
            if (fields.containsKey(k)) {
                throw new IllegalArgumentException("point of " + measurement + ": field " + k
                        + " is given both as a number and as a state");
            }
        }
    }

    /** A point with numeric fields only, as nearly every point is. */
    public Point(String measurement, SortedMap<String, String> tags, SortedMap<String, Number> fields,
                 long timeNanos) {
        this(measurement, tags, fields, timeNanos, StateSet.EMPTY);
    }

    /** A point with one float field. */
    public static Point of(String measurement, Map<String, String> tags, String field, double value, long timeNanos) {
        return new Point(measurement, TagSet.of(tags), FieldSet.of(measurement, Map.of(field, value)), timeNanos,
                StateSet.EMPTY);
    }

    /**
     * A point with one integer field, built without an intermediate map: the cheap way for a source that emits
     * many such points, with tags from {@link #tagMap} shared by all points of a series.
     */
    public static Point ofInteger(String measurement, Map<String, String> tags, String field, long value,
                                  long timeNanos) {
        return new Point(measurement, TagSet.of(tags), FieldSet.ofInteger(field, value), timeNanos, StateSet.EMPTY);
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
        LineProtocolBytes out = new LineProtocolBytes(128);
        out.appendLine(this);
        String line = out.toString();
        return line.substring(0, line.length() - 1);
    }

    /** Appends {@link #toLineProtocol()}; to format many points, {@link LineProtocolBytes} skips the Strings. */
    public void appendLineProtocol(StringBuilder sb) {
        sb.append(toLineProtocol());
    }

    /** Formats a field value as line protocol does: integers with an {@code i} suffix, floats shortest-exact. */
    public static void appendValue(Number v, StringBuilder sb) {
        if (v instanceof Long l) {
            sb.append(l).append('i');
        } else if (writesAsInteger(v.doubleValue())) {
            sb.append((long) v.doubleValue());
        } else {
            sb.append(v.doubleValue());
        }
    }

    // An integral float is written without ".0" (InfluxDB still reads it as a float), as Telegraf does.
    static boolean writesAsInteger(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15;
    }

    /** Validated, immutable, sorted copy of a tag map; share the result across points of one series. */
    public static SortedMap<String, String> tagMap(Map<String, String> tags) {
        return TagSet.of(tags);
    }
}
