package io.capacity.store.io;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesData;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes series in one export format; one instance per output. */
abstract class SeriesWriter {
    final Writer out;
    final StringBuilder sb = new StringBuilder(256);

    SeriesWriter(Writer out) {
        this.out = out;
    }

    static SeriesWriter of(ExportFormat format, Writer out) {
        return format == ExportFormat.CSV ? new CsvSeriesWriter(out) : new LpSeriesWriter(out);
    }

    /** Called once with every series that will follow, before the first; CSV needs them for its header. */
    abstract void begin(List<SeriesKey> all) throws IOException;

    abstract void write(SeriesKey key, SeriesData data, boolean integer) throws IOException;

    /**
     * A value as the readers read it back exactly: whole numbers of an integer series with {@code i}, floats in
     * the shortest form that round-trips ({@code Double.toString}, or plain digits for whole values), and negative
     * zero spelled out, which the plain-digits form would lose.
     */
    static void appendValue(double v, boolean integer, StringBuilder sb) {
        if (integer && v == Math.rint(v) && Math.abs(v) < 0x1p63) {
            Point.appendValue((long) v, sb);
        } else if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
            sb.append("-0.0");
        } else {
            Point.appendValue(v, sb);
        }
    }
}
