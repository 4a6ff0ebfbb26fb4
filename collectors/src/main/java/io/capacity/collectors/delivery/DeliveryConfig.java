package io.capacity.collectors.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How batches leave the buffer.
 *
 * @param batchSize  most lines per write; a batch goes as soon as this many are pending
 * @param linger     longest a pending line waits for its batch to fill
 * @param backoff    retry pacing while the sink fails
 * @param drainOnStop how long {@code stop()} keeps delivering what is pending before leaving it on disk
 */
public record DeliveryConfig(int batchSize, Duration linger, Backoff backoff, Duration drainOnStop) {
    public static final int DEFAULT_BATCH_SIZE = 5000;
    public static final Duration DEFAULT_LINGER = Duration.ofSeconds(1);
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(5);

    public DeliveryConfig {
        Objects.requireNonNull(linger, "linger");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(drainOnStop, "drainOnStop");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative, got " + linger);
        }
    }

    public static DeliveryConfig defaults() {
        return new DeliveryConfig(DEFAULT_BATCH_SIZE, DEFAULT_LINGER, Backoff.defaults(), DEFAULT_DRAIN);
    }

    /** Rough byte cap per batch, so a read never pulls an unbounded chunk into memory. */
    int maxBatchBytes() {
        return (int) Math.min(64L << 20, batchSize * 512L);
    }
}
