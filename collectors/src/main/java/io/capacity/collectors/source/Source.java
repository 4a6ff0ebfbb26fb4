package io.capacity.collectors.source;

import io.capacity.schema.Point;
import java.util.List;

/**
 * One thing the agent polls on an interval: the host, a BMC, a switch. Implementations keep their own
 * connections and previous readings between calls, are called by one thread at a time, and throw when the
 * target cannot be read so the agent can count the error and try again next interval.
 */
public interface Source extends AutoCloseable {

    /** Stable name used in logs and as the {@code target} tag of the agent's self-metrics. */
    String name();

    /**
     * Reads the target once.
     *
     * @param timeNanos the scheduler's tick time (epoch nanoseconds), used as the points' timestamp so that every
     *                  point of one tick shares it
     */
    List<Point> collect(long timeNanos) throws Exception;

    @Override
    default void close() {
    }
}
