package io.capacity.store.io;

import java.util.Optional;

/**
 * The one exception the import and export code throws: a file that cannot be read at all (missing, unreadable, a
 * CSV header without a {@code time} column), or an export that could not be completed. Problems with single rows
 * are not exceptions: they are reported as {@link BadRow}s through {@link ReadSink#bad}.
 */
public class ImportException extends RuntimeException {
    private final transient BadRow row;

    public ImportException(BadRow row) {
        super(row.toString());
        this.row = row;
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
        this.row = null;
    }

    /** The file-level problem as a row (line 1 for a bad header, 0 for I/O errors), when there is one. */
    public Optional<BadRow> row() {
        return Optional.ofNullable(row);
    }
}
