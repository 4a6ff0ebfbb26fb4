package io.capacity.app;

import java.time.Duration;

/** A duration as people write one ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 7d}), for messages and defaults. */
public final class DurationText {
    private DurationText() {
    }

    /** The largest whole unit: {@code 7d}, {@code 36h}, {@code 5m}, {@code 30s}, else milliseconds. */
    public static String of(Duration d) {
        if (d.toNanos() % 1_000_000_000L != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
