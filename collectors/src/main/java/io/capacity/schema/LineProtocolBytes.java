package io.capacity.schema;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that points are formatted into as InfluxDB line protocol, one line each ending in
 * '\n': what the disk buffer stores and an HTTP write sends, without an intermediate String per point or per
 * batch. ASCII names (nearly all) are copied char by char; anything else goes through the escaping and encoding
 * of {@link Names}. Not thread-safe: one per writer, {@link #clear()}ed between batches.
 */
public final class LineProtocolBytes {
    private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DIGIT_PAIRS = new byte[200];
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private byte[] buf;
    private int length;
    private int lines;
    private String lastMeasurement;
    private byte[] lastMeasurementBytes;

    public LineProtocolBytes(int initialCapacity) {
        buf = new byte[Math.max(64, initialCapacity)];
    }

    /** Appends {@code p} as one line, newline included. */
    public void appendLine(Point p) {
        measurement(p.measurement());
        bytes(((TagSet) p.tags()).lineProtocol());
        ascii(' ');
        SortedArrayMap<Number> fields = (FieldSet) p.fields();
        for (int i = 0; i < fields.keys.length; i++) {
            if (i > 0) {
                ascii(',');
            }
            name(fields.keys[i], true);
            ascii('=');
            value(fields.valueAt(i));
        }
        SortedArrayMap<Object> states = (StateSet) p.states();
        for (int i = 0; i < states.keys.length; i++) {
            ascii(',');
            name(states.keys[i], true);
            ascii('=');
            state(states.valueAt(i));
        }
        ascii(' ');
        decimal(p.timeNanos());
        ascii('\n');
        lines++;
    }

    /** The bytes written so far are {@code array()[0, length())}; valid until the next append or clear. */
    public byte[] array() {
        return buf;
    }

    public int length() {
        return length;
    }

    /** Lines appended since the last {@link #clear()}. */
    public int lineCount() {
        return lines;
    }

    /** Bytes allocated, so a long-lived writer can let go of a buffer one huge batch inflated. */
    public int capacity() {
        return buf.length;
    }

    public void clear() {
        length = 0;
        lines = 0;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, length);
    }

    @Override
    public String toString() {
        return new String(buf, 0, length, StandardCharsets.UTF_8);
    }

    void appendTags(String[] keys, Object[] values) {
        for (int i = 0; i < keys.length; i++) {
            ascii(',');
            name(keys[i], true);
            ascii('=');
            name((String) values[i], true);
        }
    }

    private void value(Number v) {
        if (v instanceof Long l) {
            decimal(l);
            ascii('i');
        } else if (Point.writesAsInteger(v.doubleValue())) {
            decimal((long) v.doubleValue());
        } else {
            String s = Double.toString(v.doubleValue());
            for (int i = 0; i < s.length(); i++) {
                ascii(s.charAt(i));
            }
        }
    }

    // A boolean as InfluxDB writes it; a string in double quotes with '"' and '\\' escaped (line protocol's rule).
    private void state(Object v) {
        if (v instanceof Boolean b) {
            bytes(b ? TRUE : FALSE);
            return;
        }
        String s = (String) v;
        StringBuilder quoted = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        bytes(quoted.append('"').toString().getBytes(StandardCharsets.UTF_8));
    }

    // Points of a poll nearly always share one measurement String: encode it once, then copy its bytes.
    private void measurement(String m) {
        if (m != lastMeasurement) {
            int at = length;
            name(m, true); // "=" too: see Names.escapeMeasurement
            lastMeasurementBytes = Arrays.copyOfRange(buf, at, length);
            lastMeasurement = m;
            length = at;
        }
        bytes(lastMeasurementBytes);
    }

    // One pass that copies while checking: a name needing escapes or UTF-8 is rolled back and redone the slow way.
    private void name(String s, boolean equalsSign) {
        int n = s.length();
        ensure(n);
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == ',' || c == ' ' || (equalsSign && c == '=')) {
                StringBuilder escaped = new StringBuilder(n + 8);
                Names.escape(s, escaped, equalsSign);
                bytes(escaped.toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            buf[at + i] = (byte) c;
        }
        length = at + n;
    }

    // Two digits per division, from a table: every line ends in a 19-digit timestamp, and a digit per division was
    // the largest share of formatting in scripts/bench-collect.sh. Kept this small on purpose: splitting into int
    // chunks ran a little faster but doubled what the JIT compiles while the agent starts collecting.
    private void decimal(long v) {
        if (v == Long.MIN_VALUE) {
            bytes(MIN_LONG);
            return;
        }
        ensure(20);
        if (v < 0) {
            buf[length++] = '-';
            v = -v;
        }
        int end = length + digits(v);
        int at = end;
        while (v >= 100) {
            int pair = (int) (v % 100) * 2;
            v /= 100;
            buf[--at] = DIGIT_PAIRS[pair + 1];
            buf[--at] = DIGIT_PAIRS[pair];
        }
        if (v >= 10) {
            buf[--at] = DIGIT_PAIRS[(int) v * 2 + 1];
        }
        buf[--at] = v >= 10 ? DIGIT_PAIRS[(int) v * 2] : (byte) ('0' + v);
        length = end;
    }

    private static int digits(long v) {
        int d = 1;
        for (long bound = 10; d < 19 && v >= bound; bound *= 10) {
            d++;
        }
        return d;
    }

    private void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, length, b.length);
        length += b.length;
    }

    private void ascii(char c) {
        ensure(1);
        buf[length++] = (byte) c;
    }

    private void ensure(int more) {
        if (length + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
        }
    }
}
