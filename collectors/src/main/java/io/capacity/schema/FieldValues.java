package io.capacity.schema;

/** A line-protocol field value: float, {@code i} integer or {@code u} unsigned; strings and booleans refused. */
final class FieldValues {
    private FieldValues() {
    }

    /** The value in [from, to): a {@link Long} for {@code i} and {@code u} integers, else a {@link Double}. */
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
        try {
            if (last == 'i') {
                return Numbers.parseLong(s, from, to - 1);
            }
            if (last == 'u') {
                return unsigned(s, from, to - 1);
            }
            return Numbers.parseDouble(s, from, to);
        } catch (InvalidNumberException e) {
            throw bad(key, e.getMessage());
        }
    }

    private static long unsigned(String s, int from, int to) throws InvalidNumberException {
        for (int i = from; i < to || i == from; i++) {
            if (i == to || !Numbers.isDigit(s.charAt(i))) {
                throw new InvalidNumberException("expected an unsigned integer like 12u ("
                        + Excerpt.of(s.substring(from, to + 1)) + ")");
            }
        }
        try {
            return Numbers.parseLong(s, from, to);
        } catch (InvalidNumberException e) {
            throw new InvalidNumberException("unsigned integer above 9223372036854775807 cannot be stored ("
                    + Excerpt.of(s.substring(from, to + 1)) + ")");
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
