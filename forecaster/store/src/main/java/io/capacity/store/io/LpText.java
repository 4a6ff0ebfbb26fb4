package io.capacity.store.io;

import java.util.TreeMap;

/** Scanning and unescaping of line-protocol names; see {@link LineProtocolReader} for the escaping rules. */
final class LpText {
    private LpText() {
    }

    /** Index of the first unescaped {@code stop} at or after {@code i}, or {@code n}. */
    static int scanTo(String s, int i, int n, char stop) throws RowError {
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
    static int scanKeyEnd(String s, int i, int n) throws RowError {
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

    private static int escaped(String s, int i, int n) throws RowError {
        if (i + 1 == n) {
            throw new RowError("backslash at the end of a name escapes nothing (" + BadRow.show(s.strip()) + ")");
        }
        return i + 1;
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

    /** Parses {@code measurement[,k=v...]} in [from, to) and caches it under its raw text. */
    static SeriesHeads.Head parseSeries(String s, int from, int to, SeriesHeads heads) throws RowError {
        int mEnd = scanTo(s, from, to, ',');
        if (mEnd == from) {
            throw new RowError("missing measurement: the line must start with a measurement name ("
                    + BadRow.show(s.strip()) + ")");
        }
        String measurement = unescape(s, from, mEnd);
        TreeMap<String, String> tags = new TreeMap<>();
        int i = mEnd;
        while (i < to) {
            int kStart = i + 1;
            int eq = scanKeyEnd(s, kStart, to);
            if (eq == to || s.charAt(eq) != '=') {
                throw new RowError("tag " + BadRow.show(s.substring(kStart, eq)) + ": expected key=value");
            }
            int vEnd = scanTo(s, eq + 1, to, ',');
            if (eq == kStart || vEnd == eq + 1) {
                throw new RowError("tag " + BadRow.show(s.substring(kStart, vEnd))
                        + ": empty key or value; omit a tag that has no value");
            }
            String key = unescape(s, kStart, eq);
            if (tags.put(key, unescape(s, eq + 1, vEnd)) != null) {
                throw new RowError("tag " + BadRow.show(key) + " appears twice in the series key");
            }
            i = vEnd;
        }
        return heads.put(s.substring(from, to), measurement, tags);
    }

    static int skipSpaces(String s, int i, int n) {
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static int skipBlanks(String s, int i, int n) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
