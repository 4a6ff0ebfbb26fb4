package io.capacity.bench.collect;

import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.util.List;

/**
 * A source that hands the agent {@code perPoll} points per poll until {@code total} have been collected, so a
 * poll period of 1 ms offers far more than the pipeline can deliver and the measured rate is the pipeline's.
 * Records when the first poll started and the last one ended (System.nanoTime).
 */
final class BenchSource implements Source {
    private final BenchPoints points = new BenchPoints();
    private final long total;
    private final int perPoll;
    private long next;
    private volatile long firstNanos;
    private volatile long doneNanos;

    BenchSource(long total, int perPoll) {
        this.total = total;
        this.perPoll = perPoll;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public List<Point> collect(long timeNanos) {
        if (next == 0) {
            firstNanos = System.nanoTime();
        }
        long to = Math.min(total, next + perPoll);
        List<Point> out = points.range(next, to);
        next = to;
        if (next == total && doneNanos == 0) {
            doneNanos = System.nanoTime();
        }
        return out;
    }

    long firstNanos() {
        return firstNanos;
    }

    /** When the last point was handed over, 0 while collecting. */
    long doneNanos() {
        return doneNanos;
    }
}
