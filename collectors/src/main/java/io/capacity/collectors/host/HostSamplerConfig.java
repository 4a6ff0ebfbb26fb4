package io.capacity.collectors.host;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * @param interval        time between samples (Telegraf's default is also 10 s)
 * @param perCpu          also write one {@code cpu} point per logical CPU ({@code cpu=cpu0}, ...)
 * @param rediscoverEvery re-enumerate disks, mounts and NICs every this many ticks; in between they are only
 *                        refreshed
 * @param netInterfaces   NICs to write, by name or glob ({@code eth*}), whatever their state, as Telegraf's net
 *                        {@code interfaces}; empty: every NIC that is up and not a loopback (Telegraf's default)
 * @param ignoreFs        file-system types whose mounts get no {@code disk} point, as Telegraf's disk
 *                        {@code ignore_fs}; {@link #DEFAULT_IGNORE_FS} by default
 */
public record HostSamplerConfig(boolean enabled, Duration interval, boolean perCpu, int rediscoverEvery,
                                List<String> netInterfaces, List<String> ignoreFs) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
    public static final int DEFAULT_REDISCOVER_EVERY = 60;
    /** Telegraf's disk input sample configuration's {@code ignore_fs}. */
    public static final List<String> DEFAULT_IGNORE_FS =
            List.of("tmpfs", "devtmpfs", "devfs", "iso9660", "overlay", "aufs", "squashfs");

    public HostSamplerConfig {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("host interval must be positive, got " + interval);
        }
        if (rediscoverEvery < 1) {
            throw new IllegalArgumentException("rediscoverEvery must be at least 1, got " + rediscoverEvery);
        }
        netInterfaces = netInterfaces == null ? List.of() : List.copyOf(netInterfaces);
        ignoreFs = ignoreFs == null ? DEFAULT_IGNORE_FS : List.copyOf(ignoreFs);
    }

    /** Telegraf's defaults for NICs and mounts. */
    public HostSamplerConfig(boolean enabled, Duration interval, boolean perCpu, int rediscoverEvery) {
        this(enabled, interval, perCpu, rediscoverEvery, null, null);
    }

    public static HostSamplerConfig defaults() {
        return new HostSamplerConfig(true, DEFAULT_INTERVAL, false, DEFAULT_REDISCOVER_EVERY);
    }
}
