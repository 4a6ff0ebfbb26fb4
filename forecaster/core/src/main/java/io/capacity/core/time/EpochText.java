package io.capacity.core.time;

import java.util.Locale;

/** The epoch-number half of {@link TimestampParser}: {@code [-]digits[.digits]} in a given or inferred unit. */
final class EpochText {
    private EpochText() {
    }

    /** Whether the text has only digits, dots and a leading minus, so it is read (or refused) as a number. */
    static boolean looksLikeEpoch(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(isDigit(c) || c == '.' || (c == '-' && i == from))) {
                return false;
            }
        }
        return true;
    }

    /** Epoch nanoseconds, or an exception naming what is wrong. */
    static long nanos(String s, int from, int to, EpochUnit unit) throws TimestampException {
        int dot = s.indexOf('.', from);
        int intEnd = dot < 0 || dot >= to ? to : dot;
        long whole = integer(s, from, intEnd, to);
        EpochUnit u = unit == EpochUnit.AUTO ? EpochUnit.byMagnitude(Math.abs(whole)) : unit;
        long fracNanos = 0;
        if (intEnd < to) {
            long scale = u.nanos();
            for (int i = intEnd + 1; i < to; i++) {
                char c = s.charAt(i);
                if (!isDigit(c) || (scale == 1 && c != '0')) {
                    throw new TimestampException("epoch timestamp has a malformed or sub-nanosecond fraction for unit "
                            + u.name().toLowerCase(Locale.ROOT), s.substring(from, to));
                }
                if (scale > 1) {
                    scale /= 10;
                    fracNanos += (c - '0') * scale;
                }
            }
            if (intEnd + 1 == to) {
                throw new TimestampException("epoch timestamp ends with a dot", s.substring(from, to));
            }
        }
        try {
            long n = Math.multiplyExact(whole, u.nanos());
            return s.charAt(from) == '-' ? Math.subtractExact(n, fracNanos) : Math.addExact(n, fracNanos);
        } catch (ArithmeticException e) {
            throw TimestampParser.outOfRange(s, from, to);
        }
    }

    /** The signed integer part; accumulated negatively so that {@code Long.MIN_VALUE} reads too. */
    private static long integer(String s, int from, int to, int end) throws TimestampException {
        boolean neg = from < to && s.charAt(from) == '-';
        int i = neg ? from + 1 : from;
        if (i == to) {
            throw outOfRangeOrMalformed(s, from, end);
        }
        long v = 0;
        for (; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (v < (Long.MIN_VALUE + d) / 10) {
                throw outOfRangeOrMalformed(s, from, end);
            }
            v = v * 10 - d;
        }
        if (!neg) {
            if (v == Long.MIN_VALUE) {
                throw outOfRangeOrMalformed(s, from, end);
            }
            v = -v;
        }
        return v;
    }

    private static TimestampException outOfRangeOrMalformed(String s, int from, int to) {
        return new TimestampException("epoch timestamp out of range or malformed", s.substring(from, to));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
