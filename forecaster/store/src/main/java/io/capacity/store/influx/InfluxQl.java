package io.capacity.store.influx;

import java.time.Duration;
import java.util.Map;

/**
 * Builds InfluxQL text safely: every identifier double-quoted, every string literal single-quoted, with
 * backslash escapes for quotes and backslashes (the only escapes InfluxQL's scanner accepts), so tag values with
 * quotes, spaces, commas or any Unicode reach the server verbatim.
 */
final class InfluxQl {
    private InfluxQl() {
    }

    /** A quoted identifier: {@code "name"}. */
    static String ident(String name) {
        return "\"" + escape(name, '"') + "\"";
    }

    /** A quoted string literal: {@code 'value'}. */
    static String literal(String value) {
        return "'" + escape(value, '\'') + "'";
    }

    private static String escape(String s, char quote) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == quote) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code "rp"."measurement"} or just {@code "measurement"} for the default retention policy. */
    static String source(String retentionPolicy, String measurement) {
        return retentionPolicy == null ? ident(measurement) : ident(retentionPolicy) + "." + ident(measurement);
    }

    /** Tag equality conditions joined by AND, each tag cast so a same-named field cannot shadow it. */
    static String tagConditions(Map<String, String> tags) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> t : tags.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append(" AND ");
            }
            sb.append(ident(t.getKey())).append("::tag = ").append(literal(t.getValue()));
        }
        return sb.toString();
    }

    /** Half-open time range; bare integers in InfluxQL are epoch nanoseconds. */
    static String timeRange(long fromNanos, long toNanos) {
        return "time >= " + fromNanos + " AND time < " + toNanos;
    }

    /** A duration literal in the coarsest unit that represents it exactly. */
    static String duration(Duration d) {
        long ns = d.toNanos();
        String[] units = {"h", "m", "s", "ms", "u"};
        long[] sizes = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < units.length; i++) {
            if (ns % sizes[i] == 0) {
                return ns / sizes[i] + units[i];
            }
        }
        return ns + "ns";
    }
}
