package io.capacity.store.io;

import io.capacity.core.time.TimestampException;
import io.capacity.core.time.TimestampParser;
import io.capacity.schema.Excerpt;
import io.capacity.schema.InvalidNumberException;
import io.capacity.schema.Numbers;
import io.capacity.schema.Point;
import java.util.TreeMap;

/**
 * Long CSV: one value per row, columns named by a header line, in any order.
 * <ul>
 *   <li>{@code time} (required): ISO-8601 or epoch number, see {@link TimestampParser}.</li>
 *   <li>{@code measurement}, {@code field}: required unless {@code --measurement} / {@code --field} give a
 *       default; an empty cell takes the default.</li>
 *   <li>{@code value} (required): a decimal number ({@code 12.5}, {@code -3}, {@code 1e-3}) stored as a float, or
 *       an integer with an {@code i} suffix ({@code 42i}) stored as an integer, as in line protocol.</li>
 *   <li>Every other column is a tag, its header the tag key; an empty cell means the series has no such tag.</li>
 * </ul>
 * Cells follow RFC 4180 quoting; names are taken verbatim, while spaces around header names, times and values
 * are ignored. The exporter writes the same layout, so files round-trip exactly.
 */
final class CsvReader extends PointReader {
    private final TimestampParser timestamps;
    private final SeriesHeads heads;
    private CsvHeader header;
    private String[] cells;
    private final StringBuilder key = new StringBuilder();

    CsvReader(ReadOptions options) {
        super(options);
        this.timestamps = new TimestampParser(options.zone(), options.epochUnit());
        this.heads = new SeriesHeads(options.tags());
    }

    @Override
    void begin() {
        header = null;
    }

    @Override
    void parse(String line, ReadSink sink) throws RowError {
        if (header == null) {
            header = CsvHeader.parse(line, options);
            cells = new String[header.names().length];
            return;
        }
        int count = CsvCells.split(line, cells);
        if (count != cells.length) {
            throw new RowError("expected " + cells.length + " columns (" + header.describe() + "), found " + count
                    + " (" + Excerpt.of(line) + ")");
        }
        String t = cells[header.time()].strip();
        long time;
        try {
            time = timestamps.nanos(t, 0, t.length());
        } catch (TimestampException e) {
            throw RowError.in("column time", e);
        }
        String measurement = nameOrDefault(header.measurement(), options.measurement(), "measurement");
        String field = nameOrDefault(header.field(), options.field(), "field");
        TreeMap<String, Number> fields = new TreeMap<>();
        fields.put(field, value(cells[header.value()].strip()));
        sink.point(new Point(measurement, series(measurement).tags(), fields, time));
    }

    private String nameOrDefault(int column, String fallback, String what) throws RowError {
        String cell = column < 0 ? "" : cells[column];
        if (!cell.isEmpty()) {
            return cell;
        }
        if (fallback == null) {
            throw new RowError("column " + what + ": empty, and no --" + what + " default was given");
        }
        return fallback;
    }

    private static Number value(String v) throws RowError {
        try {
            if (!v.isEmpty() && v.charAt(v.length() - 1) == 'i') {
                return Numbers.parseLong(v, 0, v.length() - 1);
            }
            return Numbers.parseDouble(v, 0, v.length());
        } catch (InvalidNumberException e) {
            throw RowError.in("column value", e);
        }
    }

    /** The cached head of this row's series; NUL separates cells in the key, it cannot occur in a row. */
    private SeriesHeads.Head series(String measurement) throws RowError {
        key.setLength(0);
        key.append(measurement);
        for (int c : header.tagColumns()) {
            key.append('\0').append(cells[c]);
        }
        String k = key.toString();
        SeriesHeads.Head head = heads.get(k);
        if (head != null) {
            return head;
        }
        TreeMap<String, String> tags = new TreeMap<>();
        for (int c : header.tagColumns()) {
            if (!cells[c].isEmpty()) {
                tags.put(header.names()[c], cells[c]);
            }
        }
        return heads.put(k, measurement, tags);
    }
}
