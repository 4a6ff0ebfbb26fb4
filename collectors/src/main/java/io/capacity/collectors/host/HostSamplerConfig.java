package io.capacity.collectors.host;

import java.time.Duration;
import java.util.Objects;

/**
 * @param interval        time between samples (Telegraf's default is also 10 s)
 * @param perCpu          also write one {@code cpu} point per logical CPU ({@code cpu=cpu0}, ...)
 * @param rediscoverEvery re-enumerate disks and NICs every this many ticks; in between they are only refreshed
 */
public record HostSamplerConfig(boolean enabled, Duration interval, boolean perCpu, int rediscoverEvery) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
    public static final int DEFAULT_REDISCOVER_EVERY = 60;

    public HostSamplerConfig {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("host interval must be positive, got " + interval);
        }
        if (rediscoverEvery < 1) {
            throw new IllegalArgumentException("rediscoverEvery must be at least 1, got " + rediscoverEvery);
        }
    }

    public static HostSamplerConfig defaults() {
        return new HostSamplerConfig(true, DEFAULT_INTERVAL, false, DEFAULT_REDISCOVER_EVERY);
    }
}
