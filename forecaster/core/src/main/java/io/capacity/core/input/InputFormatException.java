package io.capacity.core.input;

import java.nio.file.Path;

/** A malformed input file (or request body), located as {@code file:line: reason (value)} so an editor can jump to it. */
public final class InputFormatException extends IllegalArgumentException {
    public InputFormatException(Path file, int line, String reason, String value) {
        this(String.valueOf(file), line, reason, value);
    }

    /** @param where what the user calls the input: a file name, or e.g. {@code request body} */
    public InputFormatException(String where, int line, String reason, String value) {
        super(where + ":" + line + ": " + reason + " (" + value + ")");
    }
}
