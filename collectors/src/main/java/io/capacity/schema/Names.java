package io.capacity.schema;

/** Validation and line-protocol escaping of measurement, tag and field names shared by points and series keys. */
final class Names {
    private Names() {
    }

    static String requireName(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        // indexOf is a vectorised intrinsic: this runs for the measurement and every field key of every point.
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must not contain a line break (" + value + ")");
        }
        // Line protocol has no escape for a backslash: one before the separator that follows the name would be read
        // as escaping it, by InfluxDB and by our own buffer reader, and the line would not read back.
        if (value.charAt(value.length() - 1) == '\\') {
            throw new IllegalArgumentException(what + " must not end in a backslash (" + value
                    + "): line protocol cannot carry it");
        }
        return value;
    }

    /**
     * Escapes a measurement name: commas, spaces and equals signs. InfluxDB reads {@code m=x} and {@code m\=x} as
     * the same name, but only the escaped form keeps a backslash before the sign: {@code a\=b} would read back as
     * {@code a=b}.
     */
    static void escapeMeasurement(String s, StringBuilder out) {
        escape(s, out, true);
    }

    /** Escapes a tag key, tag value or field key: commas, equals signs and spaces. */
    static void escapeKey(String s, StringBuilder out) {
        escape(s, out, true);
    }

    // Almost no real name needs escaping: scan first and append the string whole. The char-by-char loop was the
    // collecting thread's hottest frame in scripts/bench-collect.sh (it runs for every tag of every point).
    static void escape(String s, StringBuilder out, boolean equals) {
        int first = 0;
        while (first < s.length() && !special(s.charAt(first), equals)) {
            first++;
        }
        if (first == s.length()) {
            out.append(s);
            return;
        }
        out.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (special(c, equals)) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static boolean special(char c, boolean equals) {
        return c == ',' || c == ' ' || (equals && c == '=');
    }
}
