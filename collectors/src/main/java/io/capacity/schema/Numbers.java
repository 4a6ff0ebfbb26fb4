package io.capacity.schema;

/**
 * Hand-written number parsing for the hot path: line-protocol field values, and the importer's CSV cells. The
 * syntax is checked here, strictly, because {@link Double#parseDouble} also accepts {@code NaN}, {@code Infinity},
 * hex floats, {@code 1d}, {@code 1f} and surrounding blanks, none of which belong in a metric file.
 *
 * <p>Decimal numbers with at most 18 significant digits and a decimal exponent within +-22 (nearly every metric)
 * are converted with one exact multiplication or division, which IEEE 754 rounds correctly (Clinger's fast path),
 * so the result equals {@code Double.parseDouble}; everything else is handed to it after the syntax check.
 */
public final class Numbers {
    private static final double[] POW10 = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Numbers() {
    }

    /** A finite decimal number: {@code [+-]digits[.digits][(e|E)[+-]digits]}, digits on at least one side of the dot. */
    public static double parseDouble(String s, int from, int to) throws InvalidNumberException {
        int i = afterSign(s, from, to);
        boolean neg = i > from && s.charAt(from) == '-';
        long mantissa = 0;
        int significant = 0;
        int scale = 0; // decimal exponent contributed by digits: +1 per dropped integer digit, -1 per kept fraction digit
        boolean truncated = false;
        int intStart = i;
        for (; i < to && isDigit(s.charAt(i)); i++) {
            if (significant < 18) {
                mantissa = mantissa * 10 + (s.charAt(i) - '0');
                significant += mantissa == 0 ? 0 : 1;
            } else {
                scale++;
                truncated = true;
            }
        }
        boolean anyDigit = i > intStart;
        if (i < to && s.charAt(i) == '.') {
            int fracStart = ++i;
            for (; i < to && isDigit(s.charAt(i)); i++) {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (s.charAt(i) - '0');
                    significant += mantissa == 0 ? 0 : 1;
                    scale--;
                } else {
                    truncated = true;
                }
            }
            anyDigit |= i > fracStart;
        }
        if (!anyDigit) {
            throw notANumber(s, from, to);
        }
        long exp = 0;
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean expNeg = false;
            if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                expNeg = s.charAt(i) == '-';
                i++;
            }
            int expStart = i;
            for (; i < to && isDigit(s.charAt(i)); i++) {
                if (exp < 100_000) { // beyond this every double is 0 or infinite; capping avoids overflow
                    exp = exp * 10 + (s.charAt(i) - '0');
                }
            }
            if (i == expStart) {
                throw notANumber(s, from, to);
            }
            exp = expNeg ? -exp : exp;
        }
        if (i != to) {
            throw notANumber(s, from, to);
        }
        long e10 = exp + scale;
        double v;
        if (!truncated && mantissa <= MAX_EXACT && e10 >= -22 && e10 <= 22) {
            v = e10 >= 0 ? mantissa * POW10[(int) e10] : mantissa / POW10[(int) -e10];
            v = neg ? -v : v;
        } else {
            v = Double.parseDouble(s.substring(from, to));
        }
        if (Double.isInfinite(v)) {
            throw new InvalidNumberException("number out of range, must be within +-1.8e308 ("
                    + Excerpt.of(s.substring(from, to)) + ")");
        }
        return v;
    }

    /** A signed decimal integer that fits a long. */
    public static long parseLong(String s, int from, int to) throws InvalidNumberException {
        int i = afterSign(s, from, to);
        boolean neg = i > from && s.charAt(from) == '-';
        if (i == to) {
            throw new InvalidNumberException("expected an integer (" + Excerpt.of(s.substring(from, to)) + ")");
        }
        long v = 0;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                throw new InvalidNumberException("expected an integer (" + Excerpt.of(s.substring(from, to)) + ")");
            }
            // Accumulate negatively so Long.MIN_VALUE parses too.
            if (v < (Long.MIN_VALUE + (c - '0')) / 10) {
                throw new InvalidNumberException("integer out of range, must be within +-9223372036854775807 ("
                        + Excerpt.of(s.substring(from, to)) + ")");
            }
            v = v * 10 - (c - '0');
        }
        if (!neg) {
            if (v == Long.MIN_VALUE) {
                throw new InvalidNumberException("integer out of range, must be within +-9223372036854775807 ("
                        + Excerpt.of(s.substring(from, to)) + ")");
            }
            v = -v;
        }
        return v;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int afterSign(String s, int from, int to) {
        return from < to && (s.charAt(from) == '-' || s.charAt(from) == '+') ? from + 1 : from;
    }

    private static InvalidNumberException notANumber(String s, int from, int to) {
        String text = s.substring(from, to);
        String low = text.toLowerCase(java.util.Locale.ROOT);
        if (low.contains("nan") || low.contains("inf")) {
            return new InvalidNumberException("not a finite number: NaN and infinities cannot be stored ("
                    + Excerpt.of(text) + ")");
        }
        return new InvalidNumberException("expected a decimal number like 12.5, -3 or 1.2e-5 (" + Excerpt.of(text) + ")");
    }
}
