package io.capacity.collectors.agent;

import io.capacity.collectors.source.Source;
import java.time.Duration;
import java.util.Objects;

/**
 * A source and how often to poll it.
 *
 * @param local   true for this machine's own sampler, which runs on its own thread and never waits behind remote
 *                targets; remote ones (BMCs, switches, extra sources) are polled from a shared pool
 * @param timeout the target's own timeout, or null
 */
public record ScheduledSource(Source source, Duration interval, boolean local, Duration timeout) {
    public ScheduledSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval of " + source.name() + " must be positive, got " + interval);
        }
    }

    public ScheduledSource(Source source, Duration interval) {
        this(source, interval, false, null);
    }

    /**
     * A remote poll's hard deadline: 90 % of the interval (so that a poll cut off has returned when the next one
     * is due), or the target's timeout if that is longer (a poll is never cut before its own timeout fires).
     */
    public Duration deadline() {
        Duration share = interval.multipliedBy(9).dividedBy(10);
        return timeout != null && timeout.compareTo(share) > 0 ? timeout : share;
    }
}
