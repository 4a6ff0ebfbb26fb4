package io.capacity.service.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            int i = 0;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
            }
            long n = Long.parseLong(t.substring(0, i));
            return switch (t.substring(i)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                case "w" -> Duration.ofDays(7 * n);
                default -> throw new IllegalArgumentException();
            };
        } catch (DateTimeParseException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new UsageError(option + ": '" + text + "' is not a duration; expected e.g. 30s, "
                    + "5m, 1h, 7d or PT5M");
        }
    }
}
