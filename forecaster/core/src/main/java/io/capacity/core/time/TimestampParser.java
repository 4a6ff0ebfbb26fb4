package io.capacity.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * The one timestamp parser of every input: imported CSV and NAB files, the {@code forecast}/{@code backtest} CSV,
 * {@code plan --demand} and the command line's time flags. Written by hand because {@code DateTimeFormatter} costs
 * more than the rest of an imported row. Accepted:
 * <ul>
 *   <li>ISO-8601 {@code yyyy-MM-ddTHH:mm[:ss[.f...]]} ({@code T}, {@code t} or one space between date and time),
 *       up to 9 fraction digits after a dot or comma, optionally followed by {@code Z} or an offset
 *       {@code +HH:MM}, {@code +HHMM}, {@code +HH}; a date alone means midnight. An offset in the text always
 *       wins.</li>
 *   <li>Without an offset the time is local to the configured zone (UTC by default). A local time skipped by a
 *       daylight-saving change is rejected; one that occurs twice takes the first occurrence (the earlier
 *       instant), as {@code java.time} does.</li>
 *   <li>Epoch numbers, optionally negative and with a fraction, in the configured {@link EpochUnit} (by default
 *       by magnitude: seconds, milliseconds, microseconds or nanoseconds).</li>
 * </ul>
 * Results are epoch nanoseconds in InfluxDB's time range: a long except the three values at its ends
 * ({@value #RANGE}). Callers strip blanks around a cell first.
 */
public final class TimestampParser {
    /** The accepted forms, in the words every refusal of malformed text uses. */
    public static final String EXPECTED = "expected an ISO-8601 time (2024-03-31T02:30:00Z, 2024-03-31T04:30:00+02:00, "
            + "2024-03-31 02:30:00 or the date 2024-03-31) or epoch seconds, millis, micros or nanos (1711852200)";
    /** The earliest and latest epoch nanoseconds accepted: InfluxDB refuses the three values at a long's ends. */
    public static final long MIN_NANOS = Long.MIN_VALUE + 2;
    public static final long MAX_NANOS = Long.MAX_VALUE - 1;
    static final String RANGE = "1677-09-21T00:12:43.145224194Z..2262-04-11T23:47:16.854775806Z";
    /** Zone-less times in UTC, epoch numbers by magnitude: the files and flags that have no zone option. */
    public static final TimestampParser UTC = new TimestampParser(ZoneOffset.UTC, EpochUnit.AUTO);
    private static final long NANOS = 1_000_000_000L;

    private final ZoneId zone;
    private final ZoneOffset fixed;
    private final ZoneRules rules;
    private final EpochUnit unit;

    /** Reads zone-less times in {@code zone} and epoch numbers in {@code unit}. */
    public TimestampParser(ZoneId zone, EpochUnit unit) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
    }

    /** {@code text} without its surrounding blanks, as an instant. */
    public Instant instant(String text) throws TimestampException {
        String t = text.strip();
        long n = nanos(t, 0, t.length());
        return Instant.ofEpochSecond(Math.floorDiv(n, NANOS), Math.floorMod(n, NANOS));
    }

    /** The timestamp in {@code s[from, to)} as epoch nanoseconds. */
    public long nanos(String s, int from, int to) throws TimestampException {
        if (from == to) {
            throw new TimestampException("empty timestamp; " + EXPECTED, "");
        }
        long t = EpochText.looksLikeEpoch(s, from, to) ? EpochText.nanos(s, from, to, unit) : iso(s, from, to);
        if (t < MIN_NANOS || t > MAX_NANOS) {
            throw outOfRange(s, from, to); // the three values at the ends of a long, which InfluxDB refuses
        }
        return t;
    }

    private long iso(String s, int from, int to) throws TimestampException {
        if (to - from < 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            throw malformed(s, from, to);
        }
        int year = digits(s, from, 4, from, to);
        int month = digits(s, from + 5, 2, from, to);
        int day = digits(s, from + 8, 2, from, to);
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        int p = from + 10;
        if (p < to && (s.charAt(p) == 'T' || s.charAt(p) == 't' || s.charAt(p) == ' ')) {
            if (p + 6 > to || s.charAt(p + 3) != ':') {
                throw malformed(s, from, to);
            }
            hour = digits(s, p + 1, 2, from, to);
            minute = digits(s, p + 4, 2, from, to);
            p += 6;
            if (p < to && s.charAt(p) == ':') {
                second = digits(s, p + 1, 2, from, to);
                p += 3;
                if (p < to && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
                    int start = ++p;
                    int scale = 100_000_000;
                    for (; p < to && EpochText.isDigit(s.charAt(p)); p++) {
                        if (scale == 0) {
                            throw new TimestampException("timestamp has more than 9 fraction digits",
                                    s.substring(from, to));
                        }
                        nano += (s.charAt(p) - '0') * scale;
                        scale /= 10;
                    }
                    if (p == start) {
                        throw malformed(s, from, to);
                    }
                }
            }
        }
        check(month >= 1 && month <= 12, "month", month, "1-12", s, from, to);
        check(day >= 1 && day <= Civil.monthLength(year, month), "day", day,
                "1-" + Civil.monthLength(year, month) + " for " + year + "-" + month, s, from, to);
        check(hour <= 23, "hour", hour, "0-23", s, from, to);
        check(minute <= 59, "minute", minute, "0-59", s, from, to);
        check(second <= 59, "second", second, "0-59 (leap seconds cannot be stored)", s, from, to);
        long local = Civil.daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        long epochSecond = local - offsetSeconds(s, p, from, to, local);
        try {
            if (epochSecond < 0 && nano > 0) { // reaches the earliest nanoseconds without overflowing on the way
                return Math.addExact(Math.multiplyExact(epochSecond + 1, NANOS), nano - NANOS);
            }
            return Math.addExact(Math.multiplyExact(epochSecond, NANOS), nano);
        } catch (ArithmeticException e) {
            throw outOfRange(s, from, to);
        }
    }

    /** Offset of the instant: from the text when it has one, else from the configured zone. */
    private int offsetSeconds(String s, int p, int from, int to, long local) throws TimestampException {
        if (p == to) {
            if (fixed != null) {
                return fixed.getTotalSeconds();
            }
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
            List<ZoneOffset> valid = rules.getValidOffsets(ldt);
            if (valid.isEmpty()) {
                throw new TimestampException("local time does not exist in zone " + zone
                        + ": skipped by a daylight-saving change", s.substring(from, to));
            }
            return valid.get(0).getTotalSeconds();
        }
        char c = s.charAt(p);
        if ((c == 'Z' || c == 'z') && p + 1 == to) {
            return 0;
        }
        if (c != '+' && c != '-') {
            throw malformed(s, from, to);
        }
        int rest = to - p - 1;
        int hh = digits(s, p + 1, 2, from, to);
        int mm = 0;
        if (rest == 5 && s.charAt(p + 3) == ':') {
            mm = digits(s, p + 4, 2, from, to);
        } else if (rest == 4) {
            mm = digits(s, p + 3, 2, from, to);
        } else if (rest != 2) {
            throw malformed(s, from, to);
        }
        check(hh <= 18 && mm <= 59, "offset", hh * 100 + mm, "-18:00 to +18:00", s, from, to);
        int total = hh * 3600 + mm * 60;
        return c == '-' ? -total : total;
    }

    private static int digits(String s, int at, int n, int from, int to) throws TimestampException {
        if (at + n > to) {
            throw malformed(s, from, to);
        }
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = s.charAt(i);
            if (!EpochText.isDigit(c)) {
                throw malformed(s, from, to);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static void check(boolean ok, String what, int value, String range, String s, int from, int to)
            throws TimestampException {
        if (!ok) {
            throw new TimestampException("timestamp " + what + " " + value + " out of range " + range,
                    s.substring(from, to));
        }
    }

    private static TimestampException malformed(String s, int from, int to) {
        return new TimestampException("malformed timestamp; " + EXPECTED, s.substring(from, to));
    }

    static TimestampException outOfRange(String s, int from, int to) {
        return new TimestampException("time outside range " + RANGE, s.substring(from, to));
    }
}
