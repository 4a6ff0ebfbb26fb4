package io.capacity.schema;

/**
 * A line-protocol field value: float or {@code i} integer. Strings and booleans are refused (numeric series only);
 * so are what InfluxDB 1.x refuses: the {@code u} suffix of 2.x and a leading {@code +}.
 */
final class FieldValues {
    private FieldValues() {
    }

    /** The value in [from, to): a {@link Long} for {@code i} integers, else a {@link Double}. */
    static Number parse(String s, int from, int to, String key) throws LineProtocolException {
        if (from == to) {
            throw bad(key, "empty value; expected a number like 1.5 or 12i");
        }
        char first = s.charAt(from);
        char last = s.charAt(to - 1);
        if (first == '"') {
            throw bad(key, "string values are not supported, only numeric fields (" + Excerpt.of(s.substring(from, to))
                    + ")");
        }
        // The first-letter test keeps the substring off the path of every float value.
        if ((first == 't' || first == 'T' || first == 'f' || first == 'F') && isBoolean(s.substring(from, to))) {
            throw bad(key, "boolean values are not supported, only numeric fields (" + s.substring(from, to) + ")");
        }
        if (first == '+') {
            throw bad(key, "a leading + is refused by InfluxDB; write the number without it ("
                    + Excerpt.of(s.substring(from, to)) + ")");
        }
        if (last == 'u') {
            throw bad(key, "unsigned integers (12u) are refused by InfluxDB 1.x; write it as an integer, 12i ("
                    + Excerpt.of(s.substring(from, to)) + ")");
        }
        try {
            if (last == 'i') {
                return Numbers.parseLong(s, from, to - 1);
            }
            return Numbers.parseDouble(s, from, to);
        } catch (InvalidNumberException e) {
            throw bad(key, e.getMessage());
        }
    }

    private static boolean isBoolean(String v) {
        return switch (v) {
            case "t", "T", "true", "True", "TRUE", "f", "F", "false", "False", "FALSE" -> true;
            default -> false;
        };
    }

    private static LineProtocolException bad(String key, String reason) {
        return new LineProtocolException("field " + Excerpt.of(key) + ": " + reason);
    }
}
