package io.capacity.store.io;

import io.capacity.core.time.EpochUnit;
import io.capacity.schema.LineProtocolException;
import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.Point;
import java.util.TreeMap;

/**
 * InfluxDB line protocol as {@link LineProtocolParser} reads it (escapes, numeric field types, required
 * timestamp), one point per line, plus what only a file has: lines starting with {@code #} are comments whatever
 * else they hold, lines may
 * be indented, and the options add tags and set the timestamp unit ({@link EpochUnit}, nanoseconds by default as
 * in InfluxDB).
 */
final class LineProtocolReader extends PointReader {
    private final SeriesHeads heads;
    private final long unitNanos;

    LineProtocolReader(ReadOptions options) {
        super(options);
        this.heads = new SeriesHeads(options.tags());
        this.unitNanos = options.epochUnit() == EpochUnit.AUTO ? 1 : options.epochUnit().nanos();
    }

    @Override
    void begin() {
    }

    @Override
    boolean isComment(String line) {
        int i = LineProtocolParser.skipBlanks(line, 0, line.length());
        return i < line.length() && line.charAt(i) == '#';
    }

    @Override
    void parse(String line, ReadSink sink) throws RowError {
        int n = line.length();
        int i = LineProtocolParser.skipBlanks(line, 0, n);
        try {
            int keyEnd = LineProtocolParser.seriesEnd(line, i, n);
            String rawKey = line.substring(i, keyEnd);
            SeriesHeads.Head head = heads.get(rawKey);
            if (head == null) {
                LineProtocolParser.Series series = LineProtocolParser.series(line, i, keyEnd);
                head = heads.put(rawKey, series.measurement(), series.tags());
            }
            TreeMap<String, Number> fields = new TreeMap<>();
            long time = LineProtocolParser.timestamp(line, LineProtocolParser.fields(line, keyEnd, n, fields), n,
                    unitNanos);
            sink.point(new Point(head.measurement(), head.tags(), fields, time));
        } catch (LineProtocolException e) {
            throw new RowError(e.getMessage());
        }
    }
}
