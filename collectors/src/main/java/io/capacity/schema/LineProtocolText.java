package io.capacity.schema;

/**
 * Scanning and unescaping of line-protocol names; see {@link LineProtocolParser} for the escaping rules.
 *
 * <p>InfluxDB 1.x scans the two parts of a line differently, and so does this class: in the series key
 * (measurement, tag keys, tag values) a separator is escaped when the character before it is a backslash, whatever
 * precedes that one ({@code two\\ words} holds an escaped space); in field keys a backslash and the character after
 * it are taken as a pair ({@code a\\ b} ends the key after the pair). Checked against influxd 1.6.7 by
 * {@code InfluxdJudgeTest} in the store module.
 */
final class LineProtocolText {
    private LineProtocolText() {
    }

    /** Index of the first {@code stop} at or after {@code i} not preceded by a backslash, or {@code n}. */
    static int scanKeyTo(String s, int i, int n, char stop) {
        for (; i < n; i++) {
            if (s.charAt(i) == stop && !escapedInKey(s, i)) {
                return i;
            }
        }
        return n;
    }

    /** Index of the first comma, space or equals sign of the series key not preceded by a backslash, or {@code n}. */
    static int scanTagPart(String s, int i, int n) {
        for (; i < n; i++) {
            char c = s.charAt(i);
            if ((c == ',' || c == ' ' || c == '=') && !escapedInKey(s, i)) {
                return i;
            }
        }
        return n;
    }

    private static boolean escapedInKey(String s, int i) {
        return i > 0 && s.charAt(i - 1) == '\\';
    }

    /** Index of the first unescaped comma, space or equals sign: the end of a field key (backslash pairs). */
    static int scanKeyEnd(String s, int i, int n) throws LineProtocolException {
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i = escaped(s, i, n);
            } else if (c == ',' || c == ' ' || c == '=') {
                return i;
            }
        }
        return n;
    }

    private static int escaped(String s, int i, int n) throws LineProtocolException {
        if (i + 1 == n) {
            throw new LineProtocolException("backslash at the end of a name escapes nothing ("
                    + Excerpt.of(s.strip()) + ")");
        }
        return i + 1;
    }

    /** A whole name, such as one part of a {@link SeriesKey}'s text. */
    static String unescape(String name) {
        return unescape(name, 0, name.length());
    }

    static String unescape(String s, int from, int to) {
        int bs = s.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char next = s.charAt(i + 1);
                if (next == ',' || next == ' ' || next == '=') {
                    sb.append(next);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
