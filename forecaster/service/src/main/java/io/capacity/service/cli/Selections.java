package io.capacity.service.cli;

import io.capacity.store.SeriesFilter;
import java.util.TreeMap;

/**
 * Reads a series selection from the command line: {@code measurement[,tag=value...][ field]}, where the
 * measurement may be {@code *} for any, e.g. {@code cpu,host=web1 usage_idle} or {@code *,site=fra1}.
 */
final class Selections {
    static final String HELP = "Series selection: measurement[,tag=value...][ field]; '*' as measurement "
            + "matches any (default: all series).";

    static final String SYNTAX = "measurement[,tag=value...][ field], e.g. cpu,host=web1 usage_idle or '*,site=fra1'";

    private Selections() {
    }

    static SeriesFilter parse(String text) {
        if (text == null || text.isBlank() || text.trim().equals("*")) {
            return SeriesFilter.all();
        }
        String t = text.trim();
        int space = t.indexOf(' ');
        String head = space < 0 ? t : t.substring(0, space);
        String field = space < 0 ? null : t.substring(space + 1).trim();
        String[] parts = head.split(",", -1);
        TreeMap<String, String> tags = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (parts[i].isEmpty()) {
                throw new UsageError("selection '" + text + "': empty tag between commas; expected "
                        + SYNTAX);
            }
            if (eq <= 0 || eq == parts[i].length() - 1) {
                throw new UsageError("selection '" + text + "': '" + parts[i] + "' is not tag=value; expected "
                        + SYNTAX);
            }
            tags.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        String measurement = parts[0].equals("*") || parts[0].isEmpty() ? null : parts[0];
        return new SeriesFilter(measurement, field == null || field.isEmpty() ? null : field, tags);
    }
}
