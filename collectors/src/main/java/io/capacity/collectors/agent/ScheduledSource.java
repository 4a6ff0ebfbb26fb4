package io.capacity.collectors.agent;

import io.capacity.collectors.source.Source;
import java.time.Duration;
import java.util.Objects;

/** A source and how often to poll it. */
public record ScheduledSource(Source source, Duration interval) {
    public ScheduledSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval of " + source.name() + " must be positive, got " + interval);
        }
    }
}
