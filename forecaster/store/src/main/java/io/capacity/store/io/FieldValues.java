package io.capacity.store.io;

/** A line-protocol field value: float, {@code i} integer or {@code u} unsigned; strings and booleans refused. */
final class FieldValues {
    private FieldValues() {
    }

    static Number parse(String s, int from, int to, String key) throws RowError {
        if (from == to) {
            throw new RowError("field " + BadRow.show(key) + ": empty value; expected a number like 1.5 or 12i");
        }
        char first = s.charAt(from);
        char last = s.charAt(to - 1);
        if (first == '"') {
            throw new RowError("field " + BadRow.show(key) + ": string values are not supported, only numeric "
                    + "fields (" + BadRow.show(s.substring(from, to)) + ")");
        }
        try {
            if (last == 'i') {
                return Numbers.parseLong(s, from, to - 1);
            }
            if (last == 'u') {
                return unsigned(s, from, to - 1);
            }
            if (isBoolean(s.substring(from, to))) {
                throw new RowError("boolean values are not supported, only numeric fields ("
                        + s.substring(from, to) + ")");
            }
            return Numbers.parseDouble(s, from, to);
        } catch (RowError e) {
            throw e.in("field " + BadRow.show(key));
        }
    }

    private static long unsigned(String s, int from, int to) throws RowError {
        for (int i = from; i < to || i == from; i++) {
            if (i == to || !Numbers.isDigit(s.charAt(i))) {
                throw new RowError("expected an unsigned integer like 12u (" + BadRow.show(s.substring(from, to + 1))
                        + ")");
            }
        }
        try {
            return Numbers.parseLong(s, from, to);
        } catch (RowError e) {
            throw new RowError("unsigned integer above 9223372036854775807 cannot be stored ("
                    + BadRow.show(s.substring(from, to + 1)) + ")");
        }
    }

    private static boolean isBoolean(String v) {
        return switch (v) {
            case "t", "T", "true", "True", "TRUE", "f", "F", "false", "False", "FALSE" -> true;
            default -> false;
        };
    }
}
