package io.capacity.store.io;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.IntegerPoints;
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

    abstract void write(SeriesKey key, Values values) throws IOException;

    /** The points of one series, each value appended as the readers read it back. */
    interface Values {
        int size();

        long timeNanos(int i);

        void append(int i, StringBuilder sb);
    }

    /** Doubles from a read; whole ones written with {@code i} when {@code integer}. */
    static Values of(SeriesData data, boolean integer) {
        return new Values() {
            public int size() {
                return data.size();
            }

            public long timeNanos(int i) {
                return data.timeNanos(i);
            }

            public void append(int i, StringBuilder sb) {
                appendValue(data.value(i), integer, sb);
            }
        };
    }

    /** Exact 64-bit integers, each with {@code i}. */
    static Values of(IntegerPoints points) {
        return new Values() {
            public int size() {
                return points.size();
            }

            public long timeNanos(int i) {
                return points.timeNanos(i);
            }

            public void append(int i, StringBuilder sb) {
                Point.appendValue(points.value(i), sb);
            }
        };
    }

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
