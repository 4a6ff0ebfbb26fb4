package io.capacity.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineProtocolParserTest {
    @Test
    void roundTripsEscapesIntegersAndFloats() throws LineProtocolException {
        Point p = new Point("my meas,x", Point.tagMap(Map.of("if Name", "Gi0/1, uplink", "a=b", "c=d")),
                new TreeMap<>(Map.of("in", 123L, "rate", 0.125, "neg", -4.5e-7)), 1_700_000_000_123_456_789L);
        assertEquals(p, LineProtocolParser.parse(p.toLineProtocol()));
    }

    /**
     * InfluxDB reads a backslash before anything but a comma, space or equals sign as itself, and the writer does
     * not escape it; reading must not drop it (a Windows disk name, a UNC path's leading pair, a tag like
     * {@code a\b}).
     */
    @Test
    void keepsBackslashesThatEscapeNothing() throws LineProtocolException {
        Point p = new Point("disk\\io", Point.tagMap(Map.of("name", "C:\\Users\\x", "share", "\\\\server\\d",
                "env", "a\\b=c")), new TreeMap<>(Map.of("path\\n", 1L)), 5L);
        assertEquals(p, LineProtocolParser.parse(p.toLineProtocol()), p.toLineProtocol());
    }

    @Test
    void integersStayLongsAndFloatsDoubles() throws LineProtocolException {
        Map<String, Number> fields = LineProtocolParser.parse("m f=3,i=3i,e=3e0 1").fields();
        assertEquals(Map.of("f", 3.0, "i", 3L, "e", 3.0), fields);
        assertEquals(Long.MAX_VALUE, LineProtocolParser.parse("m i=9223372036854775807i 1").fields().get("i"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "m f=\"x\" 1|field f: string values are not supported, only numeric fields (\"x\")",
            "m f=TRUE 1|field f: boolean values are not supported, only numeric fields (TRUE)",
            "m f=3u 1|field f: unsigned integers (12u) are refused by InfluxDB 1.x; write it as an integer, 12i",
            "m,t=v\\|value of tag t must not end in a backslash",
            "m,time=a f=1 1|tag key \"time\" is refused by InfluxDB",
            "m time=1 1|field key \"time\" is refused by InfluxDB",
            "m f=1 9223372036854775807|time outside range",
            "m f=1,g\\|backslash at the end of a name escapes nothing",
            "m f=1 t|timestamp: expected an integer epoch time",
    })
    void badLinesSayWhy(String line, String reason) {
        LineProtocolException e = assertThrows(LineProtocolException.class, () -> LineProtocolParser.parse(line));
        assertTrue(e.getMessage().startsWith(reason), e.getMessage());
    }

    /** Point's own checks of what a line can hold end parsing the same way as the parser's. */
    @Test
    void pointValidationIsALineProtocolException() {
        var tag = assertThrows(LineProtocolException.class, () -> LineProtocolParser.parse("m,t=a\nb f=1 1"));
        assertTrue(tag.getMessage().contains("must not contain a line break"), tag.getMessage());
        var measurement = assertThrows(LineProtocolException.class, () -> LineProtocolParser.parse("m\r f=1 1"));
        assertTrue(measurement.getMessage().contains("must not contain a line break"), measurement.getMessage());
    }

    /** A reader of many lines parses a series key once; the pieces must read a line exactly as parse does. */
    @Test
    void piecesReadAnIndentedLineWithATimestampUnit() throws LineProtocolException {
        String line = "\t cpu,host=a\\ b usage=1.5,n=2i  7 ";
        int n = line.length();
        int start = LineProtocolParser.skipBlanks(line, 0, n);
        int keyEnd = LineProtocolParser.seriesEnd(line, start, n);
        assertEquals("cpu,host=a\\ b", line.substring(start, keyEnd));
        LineProtocolParser.Series series = LineProtocolParser.series(line, start, keyEnd);
        assertEquals(new LineProtocolParser.Series("cpu", Point.tagMap(Map.of("host", "a b"))), series);
        TreeMap<String, Number> fields = new TreeMap<>();
        int fieldsEnd = LineProtocolParser.fields(line, keyEnd, n, fields);
        assertEquals(Map.of("usage", 1.5, "n", 2L), fields);
        assertEquals(7_000_000_000L, LineProtocolParser.timestamp(line, fieldsEnd, n, 1_000_000_000L));
        var e = assertThrows(LineProtocolException.class,
                () -> LineProtocolParser.timestamp("m v=1 9999999999999", 5, 19, 1_000_000_000L));
        assertTrue(e.getMessage().startsWith("time outside range"), e.getMessage());
    }
}
