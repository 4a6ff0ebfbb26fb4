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

    @Test
    void refusesStringFields() {
        var e = assertThrows(IllegalArgumentException.class, () -> LineProtocol.parse("m f=\"x\" 1"));
        assertEquals(true, e.getMessage().contains("not numeric"));
    }
}
