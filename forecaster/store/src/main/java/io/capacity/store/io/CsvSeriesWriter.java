package io.capacity.store.io;

import io.capacity.core.time.Civil;
import io.capacity.schema.SeriesKey;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Long CSV in the layout {@link CsvReader} reads: {@code time,measurement,field,value} then one column per tag
 * key of any exported series (sorted), empty where a series lacks the tag. Times are UTC ISO-8601 with as many
 * fraction digits as needed, so nanoseconds survive.
 */
final class CsvSeriesWriter extends SeriesWriter {
    private static final Set<String> RESERVED =
            Set.of(CsvHeader.TIME, CsvHeader.MEASUREMENT, CsvHeader.FIELD, CsvHeader.VALUE);
    private String[] tagKeys;

    CsvSeriesWriter(Writer out) {
        super(out);
    }

    @Override
    void begin(List<SeriesKey> all) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (SeriesKey k : all) {
            for (String tag : k.tags().keySet()) {
                if (RESERVED.contains(tag) || !tag.equals(tag.strip())) {
                    throw new ImportException("cannot export " + k + " as CSV: its tag key '" + tag + "' is a "
                            + "reserved column name or has surrounding spaces; export as lp instead", null);
                }
                keys.add(tag);
            }
        }
        tagKeys = keys.toArray(new String[0]);
        out.write("time,measurement,field,value");
        for (String k : tagKeys) {
            sb.setLength(0);
            sb.append(',');
            cell(k, sb);
            out.append(sb);
        }
        out.write('\n');
    }

    @Override
    void write(SeriesKey key, Values data) throws IOException {
        StringBuilder series = new StringBuilder(); // measurement,field
        cell(key.measurement(), series);
        series.append(',');
        cell(key.field(), series);
        StringBuilder tags = new StringBuilder();
        Map<String, String> t = key.tags();
        for (String k : tagKeys) {
            tags.append(',');
            String v = t.get(k);
            if (v != null) {
                cell(v, tags);
            }
        }
        for (int i = 0; i < data.size(); i++) {
            sb.setLength(0);
            Civil.appendIso(data.timeNanos(i), sb);
            sb.append(',').append(series).append(',');
            data.append(i, sb);
            sb.append(tags).append('\n');
            out.append(sb);
        }
    }

    /** RFC 4180 quoting when the cell holds a comma or a quote. */
    private static void cell(String s, StringBuilder sb) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
            sb.append(s);
            return;
        }
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
