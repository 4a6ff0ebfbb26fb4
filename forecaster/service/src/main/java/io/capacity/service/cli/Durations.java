package io.capacity.service.cli;

import io.capacity.app.DurationText;
import java.time.Duration;

/** Reads durations as people write them on a command line: {@code 5m}, {@code 1h}, {@code 7d}, or ISO {@code PT5M}. */
final class Durations {
    private Durations() {
    }

    static Duration parse(String option, String text) {
        Duration d = read(option, text);
        if (d.isZero() || d.isNegative()) {
            throw new UsageError(option + ": duration must be positive, got '" + text + "'");
        }
        return d;
    }

    private static Duration read(String option, String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError(option + ": " + e.getMessage());
        }
    }
}
