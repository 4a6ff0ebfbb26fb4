package io.capacity.collectors.delivery;

import java.util.concurrent.atomic.LongAdder;

/** Counters the sender keeps; the agent's self-metrics read them. */
public final class DeliveryStats {
    final LongAdder written = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder writeErrors = new LongAdder();
    final LongAdder batches = new LongAdder();

    public long written() {
        return written.sum();
    }

    /** Lines the sink refused for good (malformed, type conflict) and that were skipped. */
    public long rejected() {
        return rejected.sum();
    }

    /** Failed write attempts, each followed by a retry. */
    public long writeErrors() {
        return writeErrors.sum();
    }

    public long batches() {
        return batches.sum();
    }
}
