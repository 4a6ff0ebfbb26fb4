package io.capacity.core.input;

import java.nio.file.Path;

/** A malformed input file, located as {@code file:line: reason (value)} so an editor can jump to it. */
public final class InputFormatException extends IllegalArgumentException {
    public InputFormatException(Path file, int line, String reason, String value) {
        super(file + ":" + line + ": " + reason + " (" + value + ")");
    }
}
