package io.capacity.service.api;

import io.capacity.app.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads one query value of the read endpoints, or refuses it with one line naming the parameter, the value and what
 * is expected (the caller's 400).
 */
final class QueryValues {
    private QueryValues() {
    }

    /** A whole number in [min, max], or {@code fallback} when not given. */
    static int whole(String name, String text, int fallback, int min, int max) {
        if (text == null) {
            return fallback;
        }
        try {
            long v = Long.parseLong(text.trim());
            if (v >= min && v <= max) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // refused below with the range
        }
        throw bad(name, text, "a whole number from " + min + " to " + max);
    }

    /** A positive duration such as {@code 5m}, {@code 1h}, {@code 7d} or ISO-8601 {@code PT1H}; null when not given. */
    static Duration duration(String name, String text) {
        if (text == null) {
            return null;
        }
        Duration d;
        try {
            d = DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw bad(name, text, "a duration such as 5m, 1h, 7d or PT1H");
        }
        if (d.isZero() || d.isNegative()) {
            throw bad(name, text, "a positive duration");
        }
        return d;
    }

    /** An ISO-8601 instant with a zone or offset ({@code 2026-12-01T00:00:00Z}); null when not given. */
    static Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(name, text, "an ISO-8601 time with a zone, such as 2026-12-01T00:00:00Z");
        }
    }

    static IllegalArgumentException bad(String name, String text, String expected) {
        return new IllegalArgumentException("query parameter " + name + ": '" + QueryText.printable(text)
                + "' is not " + expected);
    }
}
