package io.capacity.store.io;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one file.
 *
 * @param pointsWritten points handed to the store and acknowledged
 * @param badRows       every bad row found (only the first {@code maxReported} are kept in {@code firstBadRows})
 * @param message       one line for the user: what was done, or why nothing or only part was
 */
public record FileResult(Path file, Status status, long pointsWritten, long badRows, List<BadRow> firstBadRows,
                         Duration elapsed, String message) {

    public enum Status {
        /** Every row imported. */
        IMPORTED,
        /** Good rows imported, bad rows skipped and reported ({@code skipBad}). */
        IMPORTED_SKIPPING_BAD,
        /** Bad rows found while validating: nothing written. */
        REJECTED,
        /** The file could not be read, or the store failed; the message says what was written. */
        FAILED
    }

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        firstBadRows = List.copyOf(firstBadRows);
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(message, "message");
    }

    public boolean ok() {
        return status == Status.IMPORTED || status == Status.IMPORTED_SKIPPING_BAD;
    }

    /** The message followed by the kept bad rows, one per line, and how many more there were. */
    public String report() {
        StringBuilder sb = new StringBuilder(message);
        for (BadRow r : firstBadRows) {
            sb.append('\n').append("  ").append(r);
        }
        if (badRows > firstBadRows.size() && !firstBadRows.isEmpty()) {
            sb.append('\n').append("  ... and ").append(badRows - firstBadRows.size()).append(" more bad rows");
        }
        return sb.toString();
    }
}
