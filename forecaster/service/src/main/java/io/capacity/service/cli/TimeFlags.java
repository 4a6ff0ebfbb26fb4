package io.capacity.service.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads the time and zone flags ({@code --from}, {@code --to}, {@code --zone}) and says in one line what is
 * expected when a value does not read, instead of java.time's exception text; picocli turns the refusal into a
 * usage error (exit 2) that names the flag.
 */
final class TimeFlags {
    static final String INSTANT_EXPECTED = "expected an ISO-8601 time (2024-03-31T02:30:00Z, 2024-03-31T04:30:00+02:00 "
            + "or the date 2024-03-31, meaning midnight UTC), epoch seconds (1711852200), or a time relative to now "
            + "(now, -7d, -12h, -30m)";
    static final String ZONE_EXPECTED = "expected an IANA time zone like Europe/Berlin or America/New_York, UTC, or "
            + "an offset like +02:00";

    private TimeFlags() {
    }

    /** An instant as {@link #INSTANT_EXPECTED} describes, relative ones against {@code clock}. */
    static Instant instant(String text, Clock clock) {
        String t = text.trim();
        String low = t.toLowerCase(Locale.ROOT);
        if (low.equals("now")) {
            return clock.instant();
        }
        boolean signed = low.startsWith("-") || low.startsWith("+");
        if (signed && low.length() > 2 && !Character.isDigit(low.charAt(low.length() - 1))) {
            Duration d = Durations.parse("relative time", low.substring(1));
            return low.startsWith("-") ? clock.instant().minus(d) : clock.instant().plus(d);
        }
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 12) {
            return Instant.ofEpochSecond(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    static ZoneId zone(String text) {
        return ZoneId.of(text.trim());
    }

    /** picocli converter for {@link Instant} flags. */
    static final class InstantFlag implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return instant(value, Clock.systemUTC());
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time; " + INSTANT_EXPECTED);
            }
        }
    }

    /** picocli converter for {@link ZoneId} flags. */
    static final class ZoneFlag implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return zone(value);
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone; " + ZONE_EXPECTED);
            }
        }
    }
}
