package io.capacity.collectors.delivery;

import java.util.List;

/**
 * Lines read from the buffer, with the byte range [{@code from}, {@code to}) they occupy, so that acknowledging
 * the batch moves the cursor exactly past them.
 */
public record Batch(List<String> lines, long segmentStart, long from, long to) {
    public Batch {
        lines = List.copyOf(lines);
    }

    static Batch empty(long at) {
        return new Batch(List.of(), at, at, at);
    }
}
