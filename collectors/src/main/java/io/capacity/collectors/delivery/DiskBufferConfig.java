package io.capacity.collectors.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how much to buffer.
 *
 * @param maxBytes     bound on the bytes kept on disk; past it whole oldest segments are dropped and counted
 * @param segmentBytes size at which a segment file is closed and a new one started; dropping works in whole
 *                     segments, so it is capped at a quarter of {@code maxBytes} to keep drops fine-grained
 */
public record DiskBufferConfig(Path dir, long maxBytes, long segmentBytes, FsyncPolicy fsync,
                               Duration fsyncInterval) {

    public static final long DEFAULT_MAX_BYTES = 512L << 20;
    public static final long DEFAULT_SEGMENT_BYTES = 8L << 20;
    public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofSeconds(1);

    public DiskBufferConfig {
        Objects.requireNonNull(dir, "buffer dir");
        Objects.requireNonNull(fsync, "fsync policy");
        Objects.requireNonNull(fsyncInterval, "fsync interval");
        if (maxBytes < 4096) {
            throw new IllegalArgumentException("buffer max bytes must be at least 4096, got " + maxBytes);
        }
        if (segmentBytes <= 0) {
            throw new IllegalArgumentException("buffer segment bytes must be positive, got " + segmentBytes);
        }
        segmentBytes = Math.min(segmentBytes, maxBytes / 4);
    }

    public static DiskBufferConfig of(Path dir) {
        return new DiskBufferConfig(dir, DEFAULT_MAX_BYTES, DEFAULT_SEGMENT_BYTES, FsyncPolicy.INTERVAL,
                DEFAULT_FSYNC_INTERVAL);
    }
}
