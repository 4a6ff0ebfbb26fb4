package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.capacity.schema.Point;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LineProtocolTest {
    @Test
    void roundTripsEscapesIntegersAndFloats() {
        Point p = new Point("my meas,x", Point.tagMap(Map.of("if Name", "Gi0/1, uplink", "a=b", "c=d")),
                new TreeMap<>(Map.of("in", 123L, "rate", 0.125, "neg", -4.5e-7)), 1_700_000_000_123_456_789L);
        assertEquals(p, LineProtocol.parse(p.toLineProtocol()));
    }

    /**
     * InfluxDB reads a backslash before anything but a comma, space or equals sign as itself, and the writer does
     * not escape it; reading must not drop it (a Windows disk name, a tag like {@code a\b}).
     */
    @Test
    void keepsBackslashesThatEscapeNothing() {
        Point p = new Point("disk\\io", Point.tagMap(Map.of("name", "C:\\Users\\x", "env", "a\\b=c")),
                new TreeMap<>(Map.of("path\\n", 1L)), 5L);
        assertEquals(p, LineProtocol.parse(p.toLineProtocol()), p.toLineProtocol());
    }

    @Test
    void refusesStringFields() {
        var e = assertThrows(IllegalArgumentException.class, () -> LineProtocol.parse("m f=\"x\" 1"));
        assertEquals(true, e.getMessage().contains("not numeric"));
    }
}
