package io.capacity.store.io;

import java.util.Objects;

/**
 * One row that could not be imported: where it is and why. {@link #toString()} gives the compiler-style
 * {@code file:line: reason} form that editors and terminals link to; the reason names the column or field, shows
 * the offending value in parentheses (as {@link io.capacity.schema.Excerpt} shortens it) and says what was
 * expected.
 *
 * @param line 1-based line number in the file (0 when the problem is not tied to a line, such as an I/O error)
 */
public record BadRow(String file, long line, String reason) {
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
}
