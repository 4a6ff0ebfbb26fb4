package io.capacity.collectors.delivery;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines read from the buffer, kept as the buffer's own UTF-8 bytes (each line ending in '\n'), with the byte range
 * [{@code from}, {@code to}) they occupy, so that acknowledging the batch moves the cursor exactly past them. The
 * bytes go to a line-protocol sink untouched: the sender reads them into a direct buffer that the HTTP client
 * writes to the socket as it is, with no copy on the way.
 */
public final class Batch {
    private final ByteBuffer storage;
    private final int length;
    private final int lineCount;
    private final long segmentStart;
    private final long from;
    private final long to;

    /** {@code storage[0, length)} holds {@code lineCount} whole lines; the buffer is not copied. */
    Batch(ByteBuffer storage, int length, int lineCount, long segmentStart, long from, long to) {
        this.storage = storage;
        this.length = length;
        this.lineCount = lineCount;
        this.segmentStart = segmentStart;
        this.from = from;
        this.to = to;
    }

    static Batch empty(long at) {
        return new Batch(ByteBuffer.allocate(0), 0, 0, at, at, at);
    }

    public int lineCount() {
        return lineCount;
    }

    public boolean isEmpty() {
        return lineCount == 0;
    }

    /** The lines without their newlines, decoded (for sinks that do not speak line protocol, and for tests). */
    public List<String> lines() {
        return split(bytes(text()), length);
    }

    /** The batch's bytes as a fresh view: position 0, limit at the end of the last line. */
    ByteBuffer text() {
        return storage.duplicate().position(0).limit(length);
    }

    /** The whole buffer the batch was read into, for the next read to reuse. */
    ByteBuffer storage() {
        return storage;
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

    static byte[] bytes(ByteBuffer text) {
        byte[] a = new byte[text.remaining()];
        text.duplicate().get(a);
        return a;
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
