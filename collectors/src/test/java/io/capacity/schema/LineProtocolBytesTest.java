package io.capacity.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LineProtocolBytesTest {
    @Test
    void escapesNamesAndEncodesUtf8() {
        Point p = new Point("my meas,x", Point.tagMap(Map.of("if Name", "Gi0/1, uplink", "a=b", "c=d", "ort", "Zürich")),
                new TreeMap<>(Map.of("größe", 1L)), 5);
        String expected = "my\\ meas\\,x,a\\=b=c\\=d,if\\ Name=Gi0/1\\,\\ uplink,ort=Zürich größe=1i 5\n";
        LineProtocolBytes out = new LineProtocolBytes(0);
        out.appendLine(p);
        assertEquals(expected, out.toString());
        assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, out.length());
        assertEquals(1, out.lineCount());
    }

    @Test
    void formatsIntegersAndFloatsAsBefore() {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("a", Long.MIN_VALUE);
        f.put("b", Long.MAX_VALUE);
        f.put("c", -1L);
        f.put("d", 0L);
        f.put("e", 99L);
        f.put("f", 100L);
        f.put("g", 3.0);
        f.put("h", -0.125);
        f.put("i", 1e20);
        f.put("j", -7.0);
        Point p = new Point("m", Point.tagMap(Map.of()), f, -42);
        assertEquals("m a=-9223372036854775808i,b=9223372036854775807i,c=-1i,d=0i,e=99i,f=100i,g=3,h=-0.125,"
                + "i=1.0E20,j=-7 -42", p.toLineProtocol());
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long v = i < 64 ? (1L << i) - 1 : random.nextLong() >> random.nextInt(64);
            for (long x : new long[] {v, -v, v / 100_000_000L * 100_000_000L, v + 1}) {
                assertEquals("m v=" + x + "i " + (-x), Point.ofInteger("m", p.tags(), "v", x, -x).toLineProtocol());
            }
        }
    }

    @Test
    void aChangedMeasurementIsNotTakenForTheLastOne() {
        LineProtocolBytes out = new LineProtocolBytes(0);
        SortedMap<String, String> none = Point.tagMap(Map.of());
        out.appendLine(Point.ofInteger("a b", none, "v", 1, 1));
        out.appendLine(Point.ofInteger("a b", none, "v", 2, 2));
        out.appendLine(Point.ofInteger(new String("a b"), none, "v", 3, 3));
        out.appendLine(Point.ofInteger("c", none, "v", 4, 4));
        assertEquals("a\\ b v=1i 1\na\\ b v=2i 2\na\\ b v=3i 3\nc v=4i 4\n", out.toString());
    }

    @Test
    void clearStartsOverAndTheBufferGrows() {
        LineProtocolBytes out = new LineProtocolBytes(1);
        Point p = Point.ofInteger("cpu", Point.tagMap(Map.of("host", "h1")), "n", 12, 1_700_000_000_000_000_000L);
        for (int i = 0; i < 1000; i++) {
            out.appendLine(p);
        }
        assertEquals(1000, out.lineCount());
        assertEquals(("cpu,host=h1 n=12i 1700000000000000000\n").repeat(1000), out.toString());
        out.clear();
        out.appendLine(p);
        assertEquals(1, out.lineCount());
        assertEquals(p.toLineProtocol() + "\n", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }
}
