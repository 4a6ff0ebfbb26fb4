package io.capacity.collectors.metrics;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one scheduled source. */
public final class TargetStats {
    final LongAdder collected = new LongAdder();
    final LongAdder successes = new LongAdder();
    final LongAdder errors = new LongAdder();
    final AtomicLong lastCollectNanos = new AtomicLong();

    public void recordSuccess(int points, long tookNanos) {
        collected.add(points);
        successes.increment();
        lastCollectNanos.set(tookNanos);
    }

    public void recordError(long tookNanos) {
        errors.increment();
        lastCollectNanos.set(tookNanos);
    }

    public long collected() {
        return collected.sum();
    }

    /** Polls that succeeded. */
    public long successes() {
        return successes.sum();
    }

    public long errors() {
        return errors.sum();
    }

    public double lastCollectSeconds() {
        return lastCollectNanos.get() / 1e9;
    }
}
