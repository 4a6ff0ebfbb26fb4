package io.capacity.store.io;

import io.capacity.core.time.TimestampException;
import io.capacity.schema.Excerpt;

/**
 * Internal signal that the current row is bad; the reading loop turns it into a {@link BadRow} with the file name
 * and line number. Checked so no parser can forget it, and without a stack trace because a file of garbage may
 * raise millions of them and the trace says nothing the message does not.
 */
final class RowError extends Exception {
    private final boolean fatal;

    RowError(String reason) {
        this(reason, false);
    }

    private RowError(String reason, boolean fatal) {
        super(reason, null, false, false);
        this.fatal = fatal;
    }

    /** A problem that makes the rest of the file unreadable, such as a CSV header without a time column. */
    static RowError fatal(String reason) {
        return new RowError(reason, true);
    }

    boolean isFatal() {
        return fatal;
    }

    /** The reason of {@code e} prefixed with where in the row it happened, e.g. {@code column value: }. */
    static RowError in(String where, Exception e) {
        return new RowError(where + ": " + e.getMessage());
    }

    /** A refused timestamp, its text shortened and escaped as every quoted value of a row. */
    static RowError in(String where, TimestampException e) {
        return new RowError(where + ": " + e.reason() + (e.value().isEmpty() ? "" : " (" + Excerpt.of(e.value()) + ")"));
    }
}
