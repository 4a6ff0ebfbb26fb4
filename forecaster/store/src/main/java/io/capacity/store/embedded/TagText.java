package io.capacity.store.embedded;

import java.util.Map;

/** Canonical text of a tag set, as in line protocol: sorted {@code k=v} pairs, commas, spaces and '=' escaped. */
final class TagText {
    private TagText() {
    }

    static String of(Map<String, String> sortedTags) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> t : sortedTags.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            escape(t.getKey(), sb);
            sb.append('=');
            escape(t.getValue(), sb);
        }
        return sb.toString();
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ' ' || c == '=' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
    }
}
