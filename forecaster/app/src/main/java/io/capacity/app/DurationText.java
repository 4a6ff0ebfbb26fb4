package io.capacity.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A duration as people write one ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 7d}, or ISO
 * {@code PT5M}): written for messages and defaults, read from command lines and query parameters.
 */
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

    /**
     * Reads {@code 500ms}, {@code 30s}, {@code 5m} (or {@code 5min}), {@code 1h}, {@code 7d}, {@code 2w} or ISO
     * {@code PT5M}; anything else is an {@link IllegalArgumentException} saying what is expected. The sign is not
     * checked.
     */
    public static Duration parse(String text) {
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
                case "w" -> Duration.ofDays(Math.multiplyExact(7, n));
                default -> throw new IllegalArgumentException();
            };
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException
                 | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; expected e.g. 30s, 5m, 1h, 7d or "
                    + "PT5M");
        }
    }
}
