package io.capacity.store.io;

import io.capacity.schema.Excerpt;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Streams one file into points: one line in memory at a time, so files of any size read in constant memory.
 * Bad rows are reported through the sink and reading continues; only a file-level problem (missing file, I/O
 * error, unusable CSV header) ends it with an {@link ImportException}. Blank lines are skipped in every format.
 *
 * <p>A reader keeps per-file state (the CSV header, cached tag maps): create one per file and thread with
 * {@link #of(ReadOptions)}.
 */
public abstract class PointReader {
    private static final int PROGRESS_EVERY_LINES = 1 << 14;

    final ReadOptions options;

    PointReader(ReadOptions options) {
        this.options = options;
    }

    public static PointReader of(ReadOptions options) {
        return switch (options.format()) {
            case CSV -> new CsvReader(options);
            case NAB -> new NabReader(options);
            case LP -> new LineProtocolReader(options);
        };
    }

    /** Reads a file (gzip-compressed when its name ends in {@code .gz}). */
    public final void read(Path file, ReadSink sink) {
        String name = file.toString();
        LineInput in = null;
        try {
            in = LineInput.open(file);
            run(name, in, sink);
        } catch (NoSuchFileException e) {
            throw new ImportException(new BadRow(name, 0, "no such file"));
        } catch (IOException | UncheckedIOException e) {
            long line = in == null ? 0 : in.lineNumber() + 1;
            throw new ImportException(new BadRow(name, line, "cannot read: " + e.getMessage()));
        } finally {
            closeQuietly(in);
        }
    }

    /** Reads text from memory or a stream; {@code name} is what bad rows are reported against. */
    public final void read(String name, Reader text, ReadSink sink) {
        LineInput in = LineInput.of(text);
        try {
            run(name, in, sink);
        } catch (IOException e) {
            throw new ImportException(new BadRow(name, in.lineNumber() + 1, "cannot read: " + e.getMessage()));
        }
    }

    private void run(String name, LineInput in, ReadSink sink) throws IOException {
        begin();
        String line;
        while ((line = in.next()) != null) {
            long n = in.lineNumber();
            if ((n & (PROGRESS_EVERY_LINES - 1)) == 0) {
                sink.progress(in.bytesRead());
            }
            if (line.isBlank() || isComment(line)) {
                continue;
            }
            String problem = in.truncated()
                    ? "line longer than " + LineInput.MAX_LINE + " characters: not a text file of this format ("
                    + Excerpt.of(line) + ")"
                    : textProblem(line);
            try {
                if (problem != null) {
                    throw new RowError(problem);
                }
                parse(line, sink);
            } catch (RowError e) {
                BadRow row = new BadRow(name, n, e.getMessage());
                if (e.isFatal()) {
                    throw new ImportException(row);
                }
                sink.bad(row);
            } catch (IllegalArgumentException e) {
                // Point's own validation, kept as a safety net behind the parsers' checks.
                sink.bad(new BadRow(name, n, e.getMessage()));
            }
        }
        sink.progress(in.bytesRead());
    }

    /** Whether the line is a comment of the format, skipped whatever it holds (control characters, bad bytes). */
    boolean isComment(String line) {
        return false;
    }

    /** Resets per-file state before the first line. */
    abstract void begin();

    /** Parses one non-blank line, emitting points to the sink or throwing the reason it is bad. */
    abstract void parse(String line, ReadSink sink) throws RowError;

    /** Control characters and bytes that are not UTF-8 mean binary data or a wrong encoding; no name may hold them. */
    static String textProblem(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return String.format("control character U+%04X at column %d: binary data or a broken line (%s)",
                        (int) c, i + 1, Excerpt.of(line));
            }
            // LineInput decodes bytes that are not UTF-8 to a lone surrogate, which no valid text holds; U+FFFD (the
            // replacement character) is a valid character a file may hold like any other.
            boolean loneHigh = Character.isHighSurrogate(c)
                    && (i + 1 == line.length() || !Character.isLowSurrogate(line.charAt(i + 1)));
            boolean loneLow = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(line.charAt(i - 1)));
            if (loneHigh || loneLow) {
                return "bytes that are not valid UTF-8 at column " + (i + 1) + " (" + Excerpt.of(line) + ")";
            }
        }
        return null;
    }

    private static void closeQuietly(LineInput in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Nothing was written through it; a failed close of a read-only file loses nothing.
            }
        }
    }
}
