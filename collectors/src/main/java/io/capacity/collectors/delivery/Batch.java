package io.capacity.collectors.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines read from the buffer, kept as the buffer's own UTF-8 bytes (each line ending in '\n'), with the byte range
 * [{@code from}, {@code to}) they occupy, so that acknowledging the batch moves the cursor exactly past them. The
 * bytes go to a line-protocol sink untouched: decoding them into strings only to join and encode them again cost
 * the sender about a tenth of its time in scripts/bench-collect.sh.
 */
public final class Batch {
    private final byte[] text;
    private final int length;
    private final int lineCount;
    private final long segmentStart;
    private final long from;
    private final long to;

    /** {@code text[0, length)} holds {@code lineCount} whole lines; the array is not copied. */
    Batch(byte[] text, int length, int lineCount, long segmentStart, long from, long to) {
        this.text = text;
        this.length = length;
        this.lineCount = lineCount;
        this.segmentStart = segmentStart;
        this.from = from;
        this.to = to;
    }

    static Batch empty(long at) {
        return new Batch(new byte[0], 0, 0, at, at, at);
    }

    public int lineCount() {
        return lineCount;
    }

    public boolean isEmpty() {
        return lineCount == 0;
    }

    /** The lines without their newlines, decoded (for sinks that do not speak line protocol, and for tests). */
    public List<String> lines() {
        return split(text, length);
    }

    byte[] text() {
        return text;
    }

    int length() {
        return length;
    }

    long segmentStart() {
        return segmentStart;
    }

    long from() {
        return from;
    }

    long to() {
        return to;
    }

    static List<String> split(byte[] text, int length) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                out.add(new String(text, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out;
    }
}
