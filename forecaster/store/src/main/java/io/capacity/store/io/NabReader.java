package io.capacity.store.io;

import io.capacity.core.time.TimestampException;
import io.capacity.core.time.TimestampParser;
import io.capacity.schema.Excerpt;
import io.capacity.schema.InvalidNumberException;
import io.capacity.schema.Numbers;
import io.capacity.schema.Point;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Numenta Anomaly Benchmark style: {@code timestamp,value} rows of one series, whose measurement, field and tags
 * come from the options. The first non-blank line is a header when its value cell is not a number (NAB's own
 * files start with {@code timestamp,value}). Timestamps as in {@link TimestampParser} (NAB's are naive
 * {@code yyyy-MM-dd HH:mm:ss}, taken in the configured zone, UTC by default); values are floats. Cells may be
 * wrapped in double quotes and surrounded by spaces.
 */
final class NabReader extends PointReader {
    private final TimestampParser timestamps;
    private final String measurement;
    private final String field;
    private final SortedMap<String, String> tags;
    private boolean first;

    NabReader(ReadOptions options) {
        super(options);
        this.timestamps = new TimestampParser(options.zone(), options.epochUnit());
        this.measurement = options.measurement();
        this.field = options.field();
        this.tags = options.tags();
    }

    @Override
    void begin() {
        first = true;
    }

    @Override
    void parse(String line, ReadSink sink) throws RowError {
        int n = line.length();
        int comma = line.indexOf(',');
        if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
            throw new RowError("expected 2 columns timestamp,value, found " + (comma < 0 ? 1 : "more") + " ("
                    + Excerpt.of(line) + ")");
        }
        int ts = start(line, 0, comma);
        int te = end(line, ts, comma);
        int vs = start(line, comma + 1, n);
        int ve = end(line, vs, n);
        if (first) {
            first = false;
            if (!isNumber(line, vs, ve)) {
                return; // the header line
            }
        }
        long time;
        double value;
        try {
            time = timestamps.nanos(line, ts, te);
        } catch (TimestampException e) {
            throw RowError.in("column timestamp", e);
        }
        try {
            value = Numbers.parseDouble(line, vs, ve);
        } catch (InvalidNumberException e) {
            throw RowError.in("column value", e);
        }
        TreeMap<String, Number> fields = new TreeMap<>();
        fields.put(field, value);
        sink.point(new Point(measurement, tags, fields, time));
    }

    private static boolean isNumber(String line, int from, int to) {
        try {
            Numbers.parseDouble(line, from, to);
            return true;
        } catch (InvalidNumberException e) {
            return false;
        }
    }

    /** Start of a cell's content: after blanks and an opening quote. */
    private static int start(String s, int i, int to) {
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i < to && s.charAt(i) == '"' ? i + 1 : i;
    }

    /** End of a cell's content: before blanks and a closing quote. */
    private static int end(String s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return to > from && s.charAt(to - 1) == '"' ? to - 1 : to;
    }
}
