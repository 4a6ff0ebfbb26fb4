package io.capacity.app.series;

import io.capacity.store.SeriesFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A series selection as users write it, on the command line and in the REST API's {@code series} parameter:
 * {@code measurement[,tag=value...][ field]}, where the measurement may be {@code *} for any, e.g.
 * {@code cpu,host=web1 usage_idle} or {@code *,site=fra1}. A comma, {@code =} or space inside a name or value is
 * written with a backslash before it, as in printed series keys, so a printed key can be pasted back. A malformed
 * one is an {@link IllegalArgumentException} whose message names it and the syntax.
 */
public final class SelectionText {
    public static final String SYNTAX = "measurement[,tag=value...][ field], e.g. cpu,host=web1 usage_idle or "
            + "'*,site=fra1'";

    private SelectionText() {
    }

    public static SeriesFilter parse(String text) {
        if (text == null || text.isBlank() || text.trim().equals("*")) {
            return SeriesFilter.all();
        }
        String t = text.trim();
        List<String> halves = split(t, ' ', 2);
        String head = halves.get(0);
        String field = halves.size() < 2 ? null : unescape(halves.get(1).trim());
        List<String> parts = split(head, ',', Integer.MAX_VALUE);
        TreeMap<String, String> tags = new TreeMap<>();
        for (String part : parts.subList(1, parts.size())) {
            List<String> kv = split(part, '=', 2);
            if (part.isEmpty()) {
                throw new IllegalArgumentException("selection '" + text + "': empty tag between commas; expected "
                        + SYNTAX);
            }
            if (kv.size() != 2 || kv.get(0).isEmpty() || kv.get(1).isEmpty()) {
                throw new IllegalArgumentException("selection '" + text + "': '" + part + "' is not tag=value; expected "
                        + SYNTAX);
            }
            tags.put(unescape(kv.get(0)), unescape(kv.get(1)));
        }
        String measurement = parts.get(0).equals("*") || parts.get(0).isEmpty() ? null : unescape(parts.get(0));
        return new SeriesFilter(measurement, field == null || field.isEmpty() ? null : field, tags);
    }

    /** Splits at unescaped {@code sep}, into at most {@code limit} pieces; escapes stay in the pieces. */
    private static List<String> split(String s, char sep, int limit) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length() && out.size() < limit - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Drops the backslash before a comma, '=' or space (as series keys are read); any other is kept as written. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && ",= ".indexOf(s.charAt(i + 1)) >= 0) {
                c = s.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
