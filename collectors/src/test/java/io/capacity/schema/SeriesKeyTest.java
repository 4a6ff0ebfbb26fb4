package io.capacity.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SeriesKeyTest {
    @Test
    void canonicalTextRoundTripsWithEscapes() {
        SeriesKey k = SeriesKey.of("net io", Map.of("host", "web 1,a=b", "interface", "eth0"), "bytes=recv");
        assertEquals("net\\ io,host=web\\ 1\\,a\\=b,interface=eth0 bytes\\=recv", k.toString());
        assertEquals(k, SeriesKey.parse(k.toString()));
    }

    @Test
    void backslashesTheWriterLeavesAloneReadBackAsThemselves() {
        // Two backslashes in a row and one before a letter: neither is an escape in line protocol.
        SeriesKey k = SeriesKey.of("disk", Map.of("path", "\\\\srv\\share", "name", "a\\b"), "used");
        assertEquals(k, SeriesKey.parse(k.toString()), k.toString());
    }

    @Test
    void tagsAreSortedSoEqualSetsGiveEqualKeys() {
        TreeMap<String, String> a = new TreeMap<>(Map.of("b", "2", "a", "1"));
        assertEquals("cpu,a=1,b=2 usage_idle", new SeriesKey("cpu", a, "usage_idle").toString());
    }

    @Test
    void malformedTextNamesTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeriesKey.parse("cpu,host usage_idle"));
        assertTrue(e.getMessage().contains("'host' is not key=value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SeriesKey.parse("cpu"));
    }

    @Test
    void pointWritesLineProtocolWithIntegerSuffix() {
        Point p = new Point("net", Point.tagMap(Map.of("host", "a b")),
                new TreeMap<>(Map.of("bytes_recv", 12L, "x", 1.5)), 1_700_000_000_000_000_000L);
        assertEquals("net,host=a\\ b bytes_recv=12i,x=1.5 1700000000000000000", p.toLineProtocol());
    }

    @Test
    void pointRejectsNonFiniteValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Point.of("m", Map.of(), "f", Double.NaN, 0));
        assertTrue(e.getMessage().contains("field f"), e.getMessage());
    }
}
