package io.capacity.collectors.delivery;

/**
 * Points the buffer lost, by cause. Their sum is {@code points_dropped}.
 *
 * @param backlogLimit points in the oldest segments deleted to stay under {@code buffer.max_bytes}
 * @param writeFailed  points of polls that could not be appended (full disk, I/O error); the poll is dropped whole
 * @param tornLines    partial last lines cut off segments on start (a crash in the middle of an append)
 */
public record Dropped(long backlogLimit, long writeFailed, long tornLines) {
    public static final Dropped NONE = new Dropped(0, 0, 0);

    public long total() {
        return backlogLimit + writeFailed + tornLines;
    }
}
