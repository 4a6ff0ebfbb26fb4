package io.capacity.store.io;

import io.capacity.schema.Excerpt;
import io.capacity.schema.InvalidNumberException;
import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.Numbers;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * Parses a timestamp cell into epoch nanoseconds, by hand because {@code DateTimeFormatter} costs more than the
 * rest of a row. Accepted:
 * <ul>
 *   <li>ISO-8601 {@code yyyy-MM-ddTHH:mm[:ss[.f...]]} ({@code T}, {@code t} or one space between date and time),
 *       up to 9 fraction digits, optionally followed by {@code Z} or an offset {@code +HH:MM}, {@code +HHMM},
 *       {@code +HH}; a date alone means midnight. An offset in the text always wins.</li>
 *   <li>Without an offset the time is local to the configured zone (UTC by default). A local time skipped by a
 *       daylight-saving change is rejected; one that occurs twice takes the first occurrence (the earlier
 *       instant), as {@code java.time} does.</li>
 *   <li>Epoch numbers, optionally negative and with a fraction, in the configured {@link EpochUnit}.</li>
 * </ul>
 * Results must be in InfluxDB's time range: epoch nanoseconds in a long except the three values at its ends
 * (1677-09-21T00:12:43.145224194Z to 2262-04-11T23:47:16.854775806Z).
 */
final class Timestamps {
    static final String EXPECTED = "expected ISO-8601 like 2024-03-31T02:30:00Z or 2024-03-31 02:30:00, "
            + "or epoch seconds/millis/micros/nanos";
    private static final long NANOS = 1_000_000_000L;

    private final ZoneId zone;
    private final ZoneOffset fixed;
    private final ZoneRules rules;
    private final EpochUnit unit;

    Timestamps(ZoneId zone, EpochUnit unit) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset() ? rules.getOffset(java.time.Instant.EPOCH) : null;
    }

    long parse(String s, int from, int to) throws RowError {
        if (from == to) {
            throw new RowError("empty timestamp; " + EXPECTED);
        }
        long t = isEpoch(s, from, to) ? parseEpoch(s, from, to) : parseIso(s, from, to);
        if (t < LineProtocolParser.MIN_TIME || t > LineProtocolParser.MAX_TIME) {
            throw outOfRange(s, from, to); // the three values at the ends of a long, which InfluxDB refuses
        }
        return t;
    }

    private static boolean isEpoch(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Numbers.isDigit(c) || c == '.' || (c == '-' && i == from))) {
                return false;
            }
        }
        return true;
    }

    private long parseEpoch(String s, int from, int to) throws RowError {
        int dot = s.indexOf('.', from);
        int intEnd = dot < 0 || dot >= to ? to : dot;
        long whole;
        try {
            whole = Numbers.parseLong(s, from, intEnd);
        } catch (InvalidNumberException e) {
            throw new RowError("epoch timestamp out of range or malformed (" + Excerpt.of(s.substring(from, to)) + ")");
        }
        EpochUnit u = unit == EpochUnit.AUTO ? EpochUnit.byMagnitude(Math.abs(whole)) : unit;
        long fracNanos = 0;
        if (intEnd < to) {
            int fracLen = to - intEnd - 1;
            long scale = u.nanos;
            for (int i = intEnd + 1; i < to; i++) {
                char c = s.charAt(i);
                if (!Numbers.isDigit(c) || (scale == 1 && c != '0')) {
                    throw new RowError("epoch timestamp has a malformed or sub-nanosecond fraction for unit "
                            + u.name().toLowerCase(java.util.Locale.ROOT) + " (" + Excerpt.of(s.substring(from, to)) + ")");
                }
                if (scale > 1) {
                    scale /= 10;
                    fracNanos += (c - '0') * scale;
                }
            }
            if (fracLen == 0) {
                throw new RowError("epoch timestamp ends with a dot (" + Excerpt.of(s.substring(from, to)) + ")");
            }
        }
        try {
            long n = Math.multiplyExact(whole, u.nanos);
            return s.charAt(from) == '-' ? Math.subtractExact(n, fracNanos) : Math.addExact(n, fracNanos);
        } catch (ArithmeticException e) {
            throw outOfRange(s, from, to);
        }
    }

    private long parseIso(String s, int from, int to) throws RowError {
        int len = to - from;
        if (len < 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
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
                    for (; p < to && Numbers.isDigit(s.charAt(p)); p++) {
                        if (scale == 0) {
                            throw new RowError("timestamp has more than 9 fraction digits ("
                                    + Excerpt.of(s.substring(from, to)) + ")");
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
    private int offsetSeconds(String s, int p, int from, int to, long local) throws RowError {
        if (p == to) {
            if (fixed != null) {
                return fixed.getTotalSeconds();
            }
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
            List<ZoneOffset> valid = rules.getValidOffsets(ldt);
            if (valid.isEmpty()) {
                throw new RowError("local time does not exist in zone " + zone
                        + ": skipped by a daylight-saving change (" + Excerpt.of(s.substring(from, to)) + ")");
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

    private static int digits(String s, int at, int n, int from, int to) throws RowError {
        if (at + n > to) {
            throw malformed(s, from, to);
        }
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = s.charAt(i);
            if (!Numbers.isDigit(c)) {
                throw malformed(s, from, to);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static void check(boolean ok, String what, int value, String range, String s, int from, int to)
            throws RowError {
        if (!ok) {
            throw new RowError("timestamp " + what + " " + value + " out of range " + range + " ("
                    + Excerpt.of(s.substring(from, to)) + ")");
        }
    }

    private static RowError malformed(String s, int from, int to) {
        return new RowError("malformed timestamp; " + EXPECTED + " (" + Excerpt.of(s.substring(from, to)) + ")");
    }

    private static RowError outOfRange(String s, int from, int to) {
        return new RowError("time outside range 1677-09-21T00:12:43.145224194Z..2262-04-11T23:47:16.854775806Z ("
                + Excerpt.of(s.substring(from, to)) + ")");
    }
}
