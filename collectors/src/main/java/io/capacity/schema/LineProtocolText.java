package io.capacity.schema;

/** Scanning and unescaping of line-protocol names; see {@link LineProtocolParser} for the escaping rules. */
final class LineProtocolText {
    private LineProtocolText() {
    }

    /** Index of the first unescaped {@code stop} at or after {@code i}, or {@code n}. */
    static int scanTo(String s, int i, int n, char stop) throws LineProtocolException {
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i = escaped(s, i, n);
            } else if (c == stop) {
                return i;
            }
        }
        return n;
    }

    /** Index of the first unescaped comma, space or equals sign: the end of a key. */
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
