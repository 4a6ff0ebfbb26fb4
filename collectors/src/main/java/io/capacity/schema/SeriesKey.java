package io.capacity.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Identity of one series: measurement + tag set + field. Its canonical text form is the line-protocol series key
 * followed by a space and the field, e.g. {@code cpu,cpu=cpu-total,host=web1 usage_idle}; {@link #parse} reads it
 * back, so it can travel in URLs and CSV files.
 */
public record SeriesKey(String measurement, SortedMap<String, String> tags, String field)
        implements Comparable<SeriesKey> {

    public SeriesKey {
        Names.requireName("measurement", measurement);
        tags = TagSet.of(tags);
        Names.requireName("field", field);
    }

    public static SeriesKey of(String measurement, Map<String, String> tags, String field) {
        return new SeriesKey(measurement, TagSet.of(tags), field);
    }

    public String tag(String key) {
        return tags.get(key);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        Names.escapeMeasurement(measurement, sb);
        sb.append(new String(((TagSet) tags).lineProtocol(), StandardCharsets.UTF_8));
        sb.append(' ');
        Names.escapeKey(field, sb);
        return sb.toString();
    }

    /** Reads the form {@link #toString()} writes; throws IllegalArgumentException naming the problem. */
    public static SeriesKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("series key is empty; expected measurement[,tag=value...] field");
        }
        List<String> halves = split(text, ' ');
        if (halves.size() != 2) {
            throw new IllegalArgumentException(
                    "series key '" + text + "' must be 'measurement[,tag=value...] field' with one unescaped space");
        }
        List<String> parts = split(halves.get(0), ',');
        TreeMap<String, String> tags = new TreeMap<>();
        for (String tag : parts.subList(1, parts.size())) {
            List<String> kv = split(tag, '=');
            if (kv.size() != 2 || kv.get(0).isEmpty() || kv.get(1).isEmpty()) {
                throw new IllegalArgumentException("series key '" + text + "': tag '" + tag + "' is not key=value");
            }
            tags.put(LineProtocolText.unescape(kv.get(0)), LineProtocolText.unescape(kv.get(1)));
        }
        return new SeriesKey(LineProtocolText.unescape(parts.get(0)), tags, LineProtocolText.unescape(halves.get(1)));
    }

    // As the series key of a line (see LineProtocolText): a separator right after a backslash is escaped.
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep && (i == 0 || s.charAt(i - 1) != '\\')) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    @Override
    public int compareTo(SeriesKey o) {
        return toString().compareTo(o.toString());
    }
}
