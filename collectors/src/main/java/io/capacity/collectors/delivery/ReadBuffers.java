package io.capacity.collectors.delivery;

import java.nio.ByteBuffer;

/**
 * The sender's two read buffers: one holds the batch being written, the other takes the next read. They are
 * direct, so a batch goes from the page cache into one of them and from there to the socket without a copy in
 * the JVM; reusing them spares allocating half a megabyte per batch. Two are needed because the next batch is
 * read while the last one is still on its way.
 */
final class ReadBuffers {
    private final ByteBuffer[] buffers = {ByteBuffer.allocateDirect(0), ByteBuffer.allocateDirect(0)};
    private int current;

    /** The buffer for a read when nothing is in flight. */
    ByteBuffer current() {
        return buffers[current];
    }

    /** Keeps the (possibly replaced, larger) buffer that read used. */
    void keepCurrent(Batch batch) {
        buffers[current] = batch.isEmpty() ? buffers[current] : batch.storage();
    }

    /** The buffer the next batch may be read into while the current one is written. */
    ByteBuffer spare() {
        return buffers[1 - current];
    }

    void keepSpare(Batch next) {
        buffers[1 - current] = next.isEmpty() ? buffers[1 - current] : next.storage();
    }

    /** The read-ahead batch becomes the current one. */
    void swap() {
        current = 1 - current;
    }
}
