package io.capacity.store.io;

import io.capacity.schema.Point;
import java.util.TreeMap;

/**
 * InfluxDB line protocol: {@code measurement[,tag=value...] field=value[,field=value...] timestamp}, one point
 * per line, lines starting with {@code #} are comments.
 * <ul>
 *   <li>Escapes, as InfluxDB reads them: a backslash before a comma, space or equals sign in the measurement, tag
 *       keys, tag values and field keys stands for that character; a backslash before anything else is literal.
 *       (So, as in InfluxDB, a name cannot end in a backslash.)</li>
 *   <li>Field values: floats ({@code 1}, {@code -1.5}, {@code 2e-3}), integers {@code 12i}, unsigned {@code 12u}
 *       (stored as integers; above 2^63-1 rejected). String and boolean fields are rejected with a reason: the
 *       store holds numeric series only.</li>
 *   <li>The timestamp is required: a point stamped with the import time would make re-imports non-idempotent.
 *       Its unit is the {@link EpochUnit} option, nanoseconds by default as in InfluxDB.</li>
 * </ul>
 */
final class LineProtocolReader extends PointReader {
    private final SeriesHeads heads;
    private final long unitNanos;

    LineProtocolReader(ReadOptions options) {
        super(options);
        this.heads = new SeriesHeads(options.tags());
        this.unitNanos = options.epochUnit() == EpochUnit.AUTO ? 1 : options.epochUnit().nanos;
    }

    @Override
    void begin() {
    }

    @Override
    void parse(String line, ReadSink sink) throws RowError {
        int n = line.length();
        int i = LpText.skipBlanks(line, 0, n);
        if (line.charAt(i) == '#') {
            return;
        }
        int keyEnd = LpText.scanTo(line, i, n, ' ');
        SeriesHeads.Head head = heads.get(line.substring(i, keyEnd));
        if (head == null) {
            head = LpText.parseSeries(line, i, keyEnd, heads);
        }
        i = LpText.skipSpaces(line, keyEnd, n);
        if (i == n) {
            throw new RowError("no fields: expected a space and field=value after the series key ("
                    + BadRow.show(line) + ")");
        }
        TreeMap<String, Number> fields = new TreeMap<>();
        while (true) {
            int eq = LpText.scanKeyEnd(line, i, n);
            if (eq == n || line.charAt(eq) != '=' || eq == i) {
                throw new RowError("field " + BadRow.show(line.substring(i, eq))
                        + ": expected key=value, e.g. usage_idle=93.5");
            }
            String key = LpText.unescape(line, i, eq);
            int end = eq + 1;
            while (end < n && line.charAt(end) != ',' && line.charAt(end) != ' ') {
                end++;
            }
            if (fields.put(key, FieldValues.parse(line, eq + 1, end, key)) != null) {
                throw new RowError("field " + BadRow.show(key) + " appears twice in the line");
            }
            i = end;
            if (i < n && line.charAt(i) == ',') {
                i++;
                continue;
            }
            break;
        }
        sink.point(new Point(head.measurement(), head.tags(), fields, timestamp(line, i, n)));
    }

    private long timestamp(String line, int i, int n) throws RowError {
        int start = LpText.skipSpaces(line, i, n);
        if (start == n) {
            throw new RowError("missing timestamp: give every line one (in the --precision unit) so that "
                    + "re-importing a file is idempotent");
        }
        int end = start;
        while (end < n && line.charAt(end) != ' ' && line.charAt(end) != '\t') {
            end++;
        }
        if (LpText.skipBlanks(line, end, n) != n) {
            throw new RowError("unexpected text after the timestamp (" + BadRow.show(line.substring(end).strip())
                    + "); expected the line to end");
        }
        long t;
        try {
            t = Numbers.parseLong(line, start, end);
        } catch (RowError e) {
            throw new RowError("timestamp: expected an integer epoch time in the precision unit ("
                    + BadRow.show(line.substring(start, end)) + ")");
        }
        try {
            return Math.multiplyExact(t, unitNanos);
        } catch (ArithmeticException e) {
            throw new RowError("timestamp outside the storable range 1677-09-21..2262-04-11 ("
                    + BadRow.show(line.substring(start, end)) + ")");
        }
    }
}
