package io.capacity.store.common;

import java.time.Duration;
import java.time.Instant;

/** Conversions between {@link Instant}/{@link Duration} and epoch nanoseconds, the stores' one time unit. */
public final class Nanos {
    private Nanos() {
    }

    /** Epoch nanoseconds of an instant; throws ArithmeticException outside the years 1677–2262 (InfluxDB's range). */
    public static long of(Instant t) {
        long s = t.getEpochSecond();
        if (s < 0 && t.getNano() > 0) { // (s + 1) s minus the rest: reaches Long.MIN_VALUE without overflowing
            return Math.addExact(Math.multiplyExact(s + 1, 1_000_000_000L), t.getNano() - 1_000_000_000L);
        }
        return Math.addExact(Math.multiplyExact(s, 1_000_000_000L), t.getNano());
    }

    public static Instant toInstant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    public static long of(Duration d) {
        return d.toNanos();
    }

    /** Start of the epoch-aligned window of length {@code windowNanos} that contains {@code t} (floor, also < 0). */
    public static long windowStart(long t, long windowNanos) {
        return t - Math.floorMod(t, windowNanos);
    }
}
