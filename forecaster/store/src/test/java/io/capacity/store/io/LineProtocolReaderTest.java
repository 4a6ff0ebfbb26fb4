package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.time.EpochUnit;
import io.capacity.schema.Point;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineProtocolReaderTest {
    private static final ReadOptions LP = ReadOptions.of(Format.LP);

    @Test
    void fullLineWithTagsSeveralFieldsAndTypes() {
        Point p = Collected.read(LP, "cpu,host=web1,cpu=cpu-total usage_idle=93.5,n=12i,e=-1.5E-3 1700000000000000000\n")
                .only();
        assertEquals("cpu", p.measurement());
        assertEquals(Map.of("host", "web1", "cpu", "cpu-total"), p.tags());
        assertEquals(93.5, p.fields().get("usage_idle"));
        assertEquals(12L, p.fields().get("n"));
        assertEquals(-0.0015, p.fields().get("e"));
        assertEquals(1_700_000_000_000_000_000L, p.timeNanos());
    }

    @Test
    void escapesInMeasurementTagsAndFieldKeys() {
        Point p = Collected.read(LP, "my\\ meas\\,x,ta\\=g\\ k=v\\,1\\ 2\\=3 f\\ i\\,e\\=ld=1 5").only();
        assertEquals("my meas,x", p.measurement());
        assertEquals(Map.of("ta=g k", "v,1 2=3"), p.tags());
        assertEquals(Map.of("f i,e=ld", 1.0), p.fields());
        // A backslash before any other character is literal, as in InfluxDB.
        assertEquals("a\\b", Collected.read(LP, "a\\b v=1 1").only().measurement());
    }

    @Test
    void writtenLinesReadBackEqual() {
        TreeMap<String, Number> fields = new TreeMap<>(Map.of("a b", 1.25, "c=d", 3L));
        Point p = new Point("m,1 x", Point.tagMap(Map.of("k =,", "v =,", "host", "h")), fields, -5);
        assertEquals(p, Collected.read(LP, p.toLineProtocol()).only());
    }

    @Test
    void commentsBlankLinesCrlfAndLeadingSpaceAreSkipped() {
        Collected c = Collected.read(LP, "# a comment\n\n   \ncpu v=1 1\r\n  # indented comment\n\tcpu v=2 2\n");
        assertEquals(2, c.points.size());
        assertTrue(c.bad.isEmpty(), c.bad.toString());
    }

    @Test
    void pointsOfOneSeriesShareOneTagMap() {
        Collected c = Collected.read(LP, "cpu,host=a v=1 1\ncpu,host=a v=2 2\n");
        assertSame(c.points.get(0).tags(), c.points.get(1).tags());
    }

    @Test
    void precisionOption() {
        assertEquals(5_000_000_000L, Collected.read(LP.withEpochUnit(EpochUnit.S), "m v=1 5").only().timeNanos());
        assertEquals(5_000_000L, Collected.read(LP.withEpochUnit(EpochUnit.MS), "m v=1 5").only().timeNanos());
        assertEquals(5_000L, Collected.read(LP.withEpochUnit(EpochUnit.US), "m v=1 5").only().timeNanos());
        assertEquals(5L, Collected.read(LP, "m v=1 5").only().timeNanos());
        assertTrue(Collected.read(LP.withEpochUnit(EpochUnit.S), "m v=1 9999999999999").onlyBad().reason()
                .contains("time outside range"));
    }

    @Test
    void optionTagsAreAddedAndAConflictIsABadRow() {
        ReadOptions o = new ReadOptions(Format.LP, null, null, null, null, new TreeMap<>(Map.of("site", "fra1")));
        assertEquals(Map.of("site", "fra1", "host", "a"), Collected.read(o, "m,host=a v=1 1").only().tags());
        assertTrue(Collected.read(o, "m,site=ams v=1 1").onlyBad().reason().contains("also given as --tag"));
        assertThrows(IllegalArgumentException.class,
                () -> new ReadOptions(Format.LP, null, null, "m", null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cpu value=\"up\" 1|string values are not supported",
            "cpu value=true 1|boolean values are not supported",
            "cpu value=F 1|boolean values are not supported",
            "cpu value=1|missing timestamp",
            "cpu value=1 |missing timestamp",
            "cpu value=1 12:00|timestamp: expected an integer",
            "cpu value=1 1 2|unexpected text after the timestamp",
            "cpu|no fields",
            "cpu |no fields",
            "cpu,host=a|no fields",
            ",host=a v=1 1|missing measurement",
            "cpu,host v=1 1|tag host: expected key=value",
            "cpu,host= v=1 1|empty key or value",
            "cpu,=a v=1 1|empty key or value",
            "cpu,host=a,host=b v=1 1|appears twice",
            "cpu v=1,v=2i 1|appears twice in the line, as an integer and as a float",
            "cpu v 1|expected key=value",
            "cpu =1 1|expected key=value",
            "cpu v= 1|empty value",
            "cpu v=1, 1|expected key=value",
            "cpu v=abc 1|expected a decimal number",
            "cpu v=NaN 1|not a finite number",
            "cpu v=1e999 1|out of range",
            "cpu v=99999999999999999999i 1|integer out of range",
            "cpu v=-1u 1|unsigned integers (12u) are refused by InfluxDB 1.x",
            "cpu v=7u 1|unsigned integers (12u) are refused by InfluxDB 1.x",
            "cpu v=+1 1|a leading + is refused",
            "cpu,h=a=b v=1 1|an equals sign in a tag value must be escaped",
            "cpu v=1 9223372036854775807|time outside range",
            "cpu,time=x v=1 1|tag key \"time\" is refused by InfluxDB",
            "cpu time=1 1|field key \"time\" is refused by InfluxDB",
            "cpu v=1 99999999999999999999|timestamp: expected an integer",
            "cpu,host=a\\|must not end in a backslash",
    })
    void badLinesSayWhy(String line, String reason) {
        BadRow bad = Collected.read(LP, "ok v=1 1\n" + line + "\nok v=2 2\n").onlyBad();
        assertEquals(2, bad.line());
        assertTrue(bad.reason().contains(reason), bad.toString());
        assertTrue(bad.toString().startsWith("t:2: "), bad.toString());
    }

    @Test
    void stringFieldReasonNamesTheField() {
        assertEquals("t:1: field status: string values are not supported, only numeric fields (\"ok\")",
                Collected.read(LP, "svc status=\"ok\" 1").onlyBad().toString());
    }
}
