package io.capacity.store.io;

import java.util.Objects;

/**
 * One row that could not be imported: where it is and why. {@link #toString()} gives the compiler-style
 * {@code file:line: reason} form that editors and terminals link to; the reason names the column or field, shows
 * the offending value in parentheses and says what was expected.
 *
 * @param line 1-based line number in the file (0 when the problem is not tied to a line, such as an I/O error)
 */
public record BadRow(String file, long line, String reason) {
    private static final int MAX_SHOWN = 60;

    public BadRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    @Override
    public String toString() {
        return line == 0 ? file + ": " + reason : file + ':' + line + ": " + reason;
    }

    /**
     * A value as it appears in a reason: at most 60 characters, with control characters and undecodable bytes
     * written as {@code \\uXXXX} so a line of binary garbage cannot corrupt the terminal that shows the report.
     */
    public static String show(CharSequence value) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
        int n = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\uFFFD' || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (value.length() > MAX_SHOWN) {
            sb.append("...");
        }
        return sb.toString();
    }
}
