package io.capacity.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names read from an InfluxQL query and from Grafana's alias patterns: the columns the outermost {@code SELECT}
 * names with {@code AS "..."}, and the series names an alias ({@code $col}, {@code $tag_x}, {@code $m}, literal text)
 * gives the result's columns, as Grafana's InfluxDB datasource names series.
 */
final class SelectNames {
    private static final Pattern AS = Pattern.compile("(?i)\\bAS\\s+\"([^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("\\$tag_(\\w+)|\\[\\[tag_(\\w+)]]");
    private static final Pattern GROUP_TAGS = Pattern.compile("(?i)GROUP BY\\s+(.*?)(?:\\s+fill\\(|$)");

    private SelectNames() {
    }

    /** The {@code AS} names of the outermost select list (those a panel reads). */
    static List<String> columns(String query) {
        String list = outerSelectList(query);
        List<String> out = new ArrayList<>();
        Matcher m = AS.matcher(list);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The tags an alias names ({@code $tag_host} → host). */
    static List<String> aliasTags(String alias) {
        List<String> out = new ArrayList<>();
        Matcher m = TAG.matcher(alias);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    /** The tags the outermost query groups by (quoted names after GROUP BY, time(...) left out). */
    static Set<String> outerGroupTags(String query) {
        String tail = query.substring(outerFromEnd(query));
        Set<String> out = new LinkedHashSet<>();
        Matcher g = GROUP_TAGS.matcher(tail);
        if (g.find()) {
            Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(g.group(1));
            while (q.find()) {
                out.add(q.group(1));
            }
        }
        return out;
    }

    /**
     * Names a panel's series get with {@code alias}, statically: {@code $col} becomes each selected column; a name
     * with {@code $tag_...} or {@code $m} depends on the data and is returned as the pattern.
     */
    static List<String> staticNames(String alias, String query) {
        if (alias.isEmpty()) {
            return columns(query);
        }
        if (alias.contains("$col")) {
            return columns(query).stream().map(c -> alias.replace("$col", c)).toList();
        }
        return List.of(alias);
    }

    /** The name Grafana gives a result column of a series with {@code alias}. */
    static String displayName(String alias, String measurement, java.util.Map<String, String> tags, String column) {
        if (alias.isEmpty()) {
            return column;
        }
        String s = alias.replace("$col", column).replace("$m", measurement).replace("$measurement", measurement);
        Matcher m = TAG.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(tags.getOrDefault(tag, "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String outerSelectList(String query) {
        int start = query.toUpperCase().indexOf("SELECT ") + 7;
        return query.substring(start, outerFrom(query));
    }

    /** Index of the outermost FROM (at parenthesis depth 0). */
    private static int outerFrom(String query) {
        int depth = 0;
        String up = query.toUpperCase();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && up.startsWith(" FROM ", i)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no FROM in " + query);
    }

    /** Index just after the outermost FROM clause's subquery (or measurement). */
    private static int outerFromEnd(String query) {
        int from = outerFrom(query) + 6;
        if (query.charAt(from) != '(') {
            return from;
        }
        int depth = 0;
        for (int i = from; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return query.length();
    }
}
