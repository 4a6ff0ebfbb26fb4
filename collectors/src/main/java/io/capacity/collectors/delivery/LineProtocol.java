package io.capacity.collectors.delivery;

import io.capacity.schema.Point;
import java.util.TreeMap;

/**
 * Reads back the numeric line protocol that {@link Point#toLineProtocol()} writes (escaped names, integer
 * fields with an {@code i} suffix, floats, nanosecond timestamp). String and boolean fields are not part of our
 * schema and are refused.
 */
public final class LineProtocol {
    private LineProtocol() {
    }

    public static Point parse(String line) {
        Cursor c = new Cursor(line);
        String measurement = c.token(",  ".toCharArray());
        TreeMap<String, String> tags = new TreeMap<>();
        while (c.peek() == ',') {
            c.pos++;
            String key = c.token(new char[] {'='});
            c.expect('=');
            tags.put(key, c.token(new char[] {',', ' '}));
        }
        c.expect(' ');
        TreeMap<String, Number> fields = new TreeMap<>();
        do {
            if (c.peek() == ',') {
                c.pos++;
            }
            String key = c.token(new char[] {'='});
            c.expect('=');
            fields.put(key, number(c.token(new char[] {',', ' '}), line));
        } while (c.peek() == ',');
        c.expect(' ');
        long time;
        try {
            time = Long.parseLong(line.substring(c.pos).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad timestamp in line: " + line);
        }
        return new Point(measurement, tags, fields, time);
    }

    private static Number number(String text, String line) {
        try {
            if (text.endsWith("i")) {
                return Long.parseLong(text.substring(0, text.length() - 1));
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field value '" + text + "' is not numeric in line: " + line);
        }
    }

    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) {
            this.s = s;
        }

        char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        void expect(char ch) {
            if (peek() != ch) {
                throw new IllegalArgumentException("expected '" + ch + "' at " + pos + " in line: " + s);
            }
            pos++;
        }

        // Reads up to the first unescaped stop character. As InfluxDB reads it, a backslash escapes only a comma,
        // space or equals sign; before anything else it is itself (the writer leaves it so).
        String token(char[] stops) {
            StringBuilder sb = new StringBuilder();
            while (pos < s.length()) {
                char ch = s.charAt(pos);
                if (ch == '\\' && pos + 1 < s.length() && ",= ".indexOf(s.charAt(pos + 1)) >= 0) {
                    sb.append(s.charAt(pos + 1));
                    pos += 2;
                    continue;
                }
                for (char stop : stops) {
                    if (ch == stop) {
                        return sb.toString();
                    }
                }
                sb.append(ch);
                pos++;
            }
            return sb.toString();
        }
    }
}
