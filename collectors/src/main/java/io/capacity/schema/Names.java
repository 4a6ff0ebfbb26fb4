package io.capacity.schema;

/** Validation and line-protocol escaping of measurement, tag and field names shared by points and series keys. */
final class Names {
    private Names() {
    }

    static String requireName(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException(what + " must not contain a line break (" + value + ")");
            }
        }
        return value;
    }

    /** Escapes a measurement name: commas and spaces. */
    static void escapeMeasurement(String s, StringBuilder out) {
        escape(s, out, false);
    }

    /** Escapes a tag key, tag value or field key: commas, equals signs and spaces. */
    static void escapeKey(String s, StringBuilder out) {
        escape(s, out, true);
    }

    private static void escape(String s, StringBuilder out, boolean equals) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ' ' || (equals && c == '=')) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
