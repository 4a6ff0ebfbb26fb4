package io.capacity.service.cli;

import io.capacity.core.time.TimestampException;
import io.capacity.core.time.TimestampParser;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads the time and zone flags ({@code --from}, {@code --to}, {@code --zone}) and says in one line what is
 * expected when a value does not read, instead of java.time's exception text; picocli turns the refusal into a
 * usage error (exit 2) that names the flag.
 */
final class TimeFlags {
    /** The forms of every timestamp input ({@link TimestampParser#EXPECTED}, zone-less in UTC) plus relative ones. */
    static final String INSTANT_EXPECTED = TimestampParser.EXPECTED + ", or a time relative to now "
            + "(now, -7d, -12h, -30m)";
    static final String ZONE_EXPECTED = "expected an IANA time zone like Europe/Berlin or America/New_York, UTC, or "
            + "an offset like +02:00";

    private TimeFlags() {
    }

    /** An instant as {@link #INSTANT_EXPECTED} describes, relative ones against {@code clock}. */
    static Instant instant(String text, Clock clock) throws TimestampException {
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
        return TimestampParser.UTC.instant(t);
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
            } catch (TimestampException | DateTimeException | IllegalArgumentException e) {
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
