package io.capacity.store.io;

import io.capacity.schema.SeriesKey;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Line protocol, one field per line, nanosecond timestamps, escaped as InfluxDB and
 * {@link io.capacity.schema.LineProtocolParser} read it.
 */
final class LpSeriesWriter extends SeriesWriter {
    LpSeriesWriter(Writer out) {
        super(out);
    }

    @Override
    void begin(List<SeriesKey> all) {
    }

    @Override
    void write(SeriesKey key, Values data) throws IOException {
        StringBuilder prefix = new StringBuilder(64);
        escape(key.measurement(), true, prefix); // "=" too, as Names.escapeMeasurement
        for (Map.Entry<String, String> t : key.tags().entrySet()) {
            prefix.append(',');
            escape(t.getKey(), true, prefix);
            prefix.append('=');
            escape(t.getValue(), true, prefix);
        }
        prefix.append(' ');
        escape(key.field(), true, prefix);
        prefix.append('=');
        for (int i = 0; i < data.size(); i++) {
            sb.setLength(0);
            sb.append(prefix);
            data.append(i, sb);
            sb.append(' ').append(data.timeNanos(i)).append('\n');
            out.append(sb);
        }
    }

    private static void escape(String s, boolean equals, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ' ' || (equals && c == '=')) {
                sb.append('\\');
            }
            sb.append(c);
        }
    }
}
