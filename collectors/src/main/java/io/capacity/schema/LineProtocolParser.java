package io.capacity.schema;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads InfluxDB line protocol, {@code measurement[,tag=value...] field=value[,field=value...] timestamp}: the
 * agent's disk buffer (what {@link LineProtocolBytes} wrote) and the files {@code ./capacity import} reads.
 * <ul>
 *   <li>Escapes, as InfluxDB 1.x reads them: a backslash before a comma, space or equals sign in the measurement,
 *       tag keys, tag values and field keys stands for that character; a backslash before anything else is
 *       literal. In the series key a separator right after a backslash is escaped whatever comes before
 *       ({@code host=two\\ words} is the tag {@code two\ words}); in field keys a backslash pairs with the
 *       character after it (see {@link LineProtocolText}). A bare equals sign in a tag value is refused, as are a
 *       tag or field key named {@code time}. (So, as in InfluxDB, a name cannot end in a backslash.)</li>
 *   <li>Field values: floats ({@code 1}, {@code -1.5}, {@code 2e-3}, {@code .5}) and integers {@code 12i}.
 *       InfluxDB 1.x refuses unsigned {@code 12u}, a leading {@code +}, NaN and infinities, and so does this
 *       parser. String and boolean fields are rejected with a reason: the stores hold numeric series only. A field
 *       given twice keeps its last value, unless the two differ in type.</li>
 *   <li>Timestamps within InfluxDB's range, {@link #MIN_TIME}..{@link #MAX_TIME} ns: it refuses the three values
 *       at the ends of a long ("time outside range").</li>
 *   <li>The timestamp is required: a point stamped with the time it was read would make re-imports and replayed
 *       batches non-idempotent.</li>
 * </ul>
 * A reader of many lines of few series can take a line apart piece by piece, {@link #seriesEnd}, {@link #series},
 * {@link #fields} and {@link #timestamp}, and skip {@link #series} for a series key it has parsed before.
 */
public final class LineProtocolParser {
    private LineProtocolParser() {
    }

    /** A line's measurement and tags, unescaped; the tags are {@link Point#tagMap}'s, so points share them as is. */
    public record Series(String measurement, SortedMap<String, String> tags) {
        public Series {
            tags = Point.tagMap(tags);
        }
    }

    /** One whole line with a nanosecond timestamp, as {@link Point#toLineProtocol()} writes it. */
    public static Point parse(String line) throws LineProtocolException {
        int n = line.length();
        int keyEnd = seriesEnd(line, 0, n);
        Series series = series(line, 0, keyEnd);
        TreeMap<String, Number> fields = new TreeMap<>();
        long time = timestamp(line, fields(line, keyEnd, n, fields), n, 1);
        try {
            return new Point(series.measurement(), series.tags(), fields, time);
        } catch (IllegalArgumentException e) {
            throw new LineProtocolException(e.getMessage());
        }
    }

    /** End of the series key starting at {@code from}: its first space not preceded by a backslash, or {@code to}. */
    public static int seriesEnd(String line, int from, int to) {
        return LineProtocolText.scanKeyTo(line, from, to, ' ');
    }

    /** The series key {@code measurement[,k=v...]} in [from, to). */
    public static Series series(String line, int from, int to) throws LineProtocolException {
        int mEnd = LineProtocolText.scanKeyTo(line, from, to, ',');
        if (mEnd == from) {
            throw new LineProtocolException("missing measurement: the line must start with a measurement name ("
                    + Excerpt.of(line.strip()) + ")");
        }
        String measurement = LineProtocolText.unescape(line, from, mEnd);
        TreeMap<String, String> tags = new TreeMap<>();
        int i = mEnd;
        while (i < to) {
            int kStart = i + 1;
            int eq = LineProtocolText.scanTagPart(line, kStart, to);
            if (eq == to || line.charAt(eq) != '=') {
                throw new LineProtocolException("tag " + Excerpt.of(line.substring(kStart, eq))
                        + ": expected key=value");
            }
            int vEnd = LineProtocolText.scanTagPart(line, eq + 1, to);
            if (eq == kStart || vEnd == eq + 1) {
                throw new LineProtocolException("tag " + Excerpt.of(line.substring(kStart, vEnd))
                        + ": empty key or value; omit a tag that has no value");
            }
            if (vEnd < to && line.charAt(vEnd) == '=') {
                throw new LineProtocolException("tag " + Excerpt.of(line.substring(kStart, vEnd))
                        + ": an equals sign in a tag value must be escaped as \\= (InfluxDB refuses it bare)");
            }
            String key = checkKey("tag", LineProtocolText.unescape(line, kStart, eq));
            if (tags.put(key, LineProtocolText.unescape(line, eq + 1, vEnd)) != null) {
                throw new LineProtocolException("tag " + Excerpt.of(key) + " appears twice in the series key");
            }
            i = vEnd;
        }
        try {
            return new Series(measurement, tags);
        } catch (IllegalArgumentException e) {
            throw new LineProtocolException(e.getMessage());
        }
    }

    // InfluxDB 1.x refuses a tag or field key "time" (400, "invalid tag key" / "invalid field name"): it names the
    // timestamp column, so a point carrying one could never be loaded back.
    private static String checkKey(String what, String key) throws LineProtocolException {
        if (key.equals("time")) {
            throw new LineProtocolException(what + " key \"time\" is refused by InfluxDB (it names the timestamp "
                    + "column); rename the " + what);
        }
        return key;
    }

    /**
     * Puts the fields that follow the series key ending at {@code from} into {@code into} and returns where they
     * end, which is where {@link #timestamp} starts.
     */
    public static int fields(String line, int from, int to, Map<String, Number> into) throws LineProtocolException {
        int i = skipBlanks(line, from, to); // influxd skips tabs here too: "cpu \tx=1" is the field x
        if (i == to) {
            throw new LineProtocolException("no fields: expected a space and field=value after the series key ("
                    + Excerpt.of(line) + ")");
        }
        while (true) {
            int eq = LineProtocolText.scanKeyEnd(line, i, to);
            if (eq == to || line.charAt(eq) != '=' || eq == i) {
                throw new LineProtocolException("field " + Excerpt.of(line.substring(i, eq))
                        + ": expected key=value, e.g. usage_idle=93.5");
            }
            String key = checkKey("field", LineProtocolText.unescape(line, i, eq));
            int end = eq + 1;
            while (end < to && line.charAt(end) != ',' && line.charAt(end) != ' ') {
                end++;
            }
            Number value = FieldValues.parse(line, eq + 1, end, key);
            Number before = into.put(key, value);
            // As InfluxDB: a field given twice keeps the last value, unless the two differ in type.
            if (before != null && before.getClass() != value.getClass()) {
                throw new LineProtocolException("field " + Excerpt.of(key) + " appears twice in the line, as an "
                        + "integer and as a float (InfluxDB refuses it: field type conflict)");
            }
            if (end < to && line.charAt(end) == ',') {
                i = end + 1;
            } else {
                return end;
            }
        }
    }

    /**
     * The timestamp after the fields ending at {@code from}, the last thing on the line, in nanoseconds.
     *
     * @param unitNanos nanoseconds per unit of the number written: 1 as InfluxDB writes by default
     */
    public static long timestamp(String line, int from, int to, long unitNanos) throws LineProtocolException {
        int start = skipBlanks(line, from, to);
        if (start == to) {
            throw new LineProtocolException("missing timestamp: give every line one (in the --precision unit) so "
                    + "that re-importing a file is idempotent");
        }
        int end = start;
        while (end < to && line.charAt(end) != ' ') {
            end++;
        }
        if (skipSpaces(line, end, to) != to) {
            throw new LineProtocolException("unexpected text after the timestamp ("
                    + Excerpt.of(line.substring(end, to).strip()) + "); expected the line to end");
        }
        long t;
        try {
            if (line.charAt(start) == '+') {
                throw new InvalidNumberException("a sign other than '-'");
            }
            t = Numbers.parseLong(line, start, end);
        } catch (InvalidNumberException e) {
            throw new LineProtocolException("timestamp: expected an integer epoch time in the precision unit ("
                    + Excerpt.of(line.substring(start, end)) + ")");
        }
        try {
            return checkTime(Math.multiplyExact(t, unitNanos));
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new LineProtocolException(OUTSIDE_RANGE + " (" + Excerpt.of(line.substring(start, end)) + ")");
        }
    }

    /** InfluxDB's time range in epoch nanoseconds: it refuses the three values at the ends of a long. */
    public static final long MIN_TIME = Long.MIN_VALUE + 2;
    public static final long MAX_TIME = Long.MAX_VALUE - 1;
    private static final String OUTSIDE_RANGE = "time outside range " + MIN_TIME + ".." + MAX_TIME
            + " ns (1677-09-21T00:12:43.145224194Z..2262-04-11T23:47:16.854775806Z), as InfluxDB refuses it";

    /** {@code nanos} when InfluxDB can store it, else an IllegalArgumentException saying the range. */
    public static long checkTime(long nanos) {
        if (nanos < MIN_TIME || nanos > MAX_TIME) {
            throw new IllegalArgumentException(OUTSIDE_RANGE + " (" + nanos + ")");
        }
        return nanos;
    }

    /** Index of the first character at or after {@code from} that is neither a space nor a tab, or {@code to}. */
    public static int skipBlanks(String line, int from, int to) {
        int i = from;
        while (i < to && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String line, int from, int to) {
        int i = from;
        while (i < to && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
