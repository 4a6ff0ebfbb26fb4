package io.capacity.service.api;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads repeated {@code tag=key=value} query parameters: the key runs to the first {@code =}, the value is the rest,
 * taken literally (commas, {@code =} and spaces included, as percent-encoding already delimits it).
 */
final class TagParams {
    private TagParams() {
    }

    static SortedMap<String, String> parse(List<String> values) {
        TreeMap<String, String> tags = new TreeMap<>();
        for (String t : values) {
            int eq = t.indexOf('=');
            if (eq <= 0 || eq == t.length() - 1) {
                throw new IllegalArgumentException("query parameter tag: '" + t + "' is not key=value");
            }
            String key = t.substring(0, eq);
            String value = t.substring(eq + 1);
            String before = tags.put(key, value);
            if (before != null && !before.equals(value)) {
                throw new IllegalArgumentException("query parameter tag: key '" + key + "' is given twice ('"
                        + before + "' and '" + value + "'); a series has one value per tag");
            }
        }
        return tags;
    }
}
