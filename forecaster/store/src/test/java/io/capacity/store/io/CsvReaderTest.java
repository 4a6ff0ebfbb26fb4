package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.time.TimestampParser;
import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.Point;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {
    private static final ReadOptions CSV = ReadOptions.of(Format.CSV);

    @Test
    void columnsInAnyOrderOtherColumnsAreTags() {
        Collected c = Collected.read(CSV, "host,value,field,time,measurement,site\n"
                + "web1,93.5,usage_idle,2024-01-01T00:00:00Z,cpu,fra1\n"
                + "web2,42i,n_cpus,1704067200,system,\n");
        assertTrue(c.bad.isEmpty(), c.bad.toString());
        Point a = c.points.get(0);
        assertEquals("cpu", a.measurement());
        assertEquals(Map.of("host", "web1", "site", "fra1"), a.tags());
        assertEquals(Map.of("usage_idle", 93.5), a.fields());
        assertEquals(1_704_067_200_000_000_000L, a.timeNanos());
        Point b = c.points.get(1);
        assertEquals(Map.of("host", "web2"), b.tags(), "an empty tag cell means no tag");
        assertEquals(Map.of("n_cpus", 42L), b.fields());
    }

    @Test
    void rfc4180QuotingAndBom() {
        Point p = Collected.read(CSV, "\uFEFF\"time\",measurement,field,value,\"rack, row\"\r\n"
                + "\"2024-01-01 00:00:00\",\"my \"\"cpu\"\"\",\"a,b\",\" 1.5 \",\"r1,\"\"x\"\"\"\r\n").only();
        assertEquals("my \"cpu\"", p.measurement());
        assertEquals(Map.of("a,b", 1.5), p.fields());
        assertEquals(Map.of("rack, row", "r1,\"x\""), p.tags());
    }

    @Test
    void defaultsForMeasurementFieldAndTagsAndAZone() {
        ReadOptions o = new ReadOptions(Format.CSV, ZoneId.of("Europe/Berlin"), null, "power", "watts",
                new TreeMap<>(Map.of("site", "fra1")));
        Collected c = Collected.read(o, "time,value,measurement\n2024-07-01 12:00:00,250,\n2024-07-01 12:05:00,260,ipmi\n");
        assertTrue(c.bad.isEmpty(), c.bad.toString());
        assertEquals("power", c.points.get(0).measurement());
        assertEquals("ipmi", c.points.get(1).measurement());
        assertEquals(Map.of("watts", 250.0), c.points.get(0).fields());
        assertEquals(Map.of("site", "fra1"), c.points.get(0).tags());
        assertEquals(Collected.nanos("2024-07-01T10:00:00Z"), c.points.get(0).timeNanos());
    }

    @Test
    void timesInCsvAndNabHaveTheLineProtocolReadersRange() {
        assertEquals(LineProtocolParser.MIN_TIME, TimestampParser.MIN_NANOS);
        assertEquals(LineProtocolParser.MAX_TIME, TimestampParser.MAX_NANOS);
        assertTrue(Collected.read(CSV, "time,measurement,field,value\n2262-04-12,cpu,u,1\n").bad.get(0).toString()
                .contains("column time: time outside range"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "measurement,field,value|no 'time' column",
            "time,measurement,field|no 'value' column",
            "time,field,value|no 'measurement' column and no --measurement default",
            "time,measurement,value|no 'field' column and no --field default",
            "time,measurement,field,value,host,host|column host appears twice",
            "time,measurement,field,value,,x|column 5 has no name",
            "time,\"measurement,field,value|quoted cell not closed",
    })
    void badHeaderFailsTheFileWithEveryProblem(String header, String reason) {
        ImportException e = assertThrows(ImportException.class, () -> Collected.read(CSV, header + "\n1,2,3,4\n"));
        assertTrue(e.getMessage().startsWith("t:1: "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void headerTagClashingWithTagOptionFailsTheFile() {
        ReadOptions o = CSV.withDefaults(null, null, Map.of("host", "x"));
        ImportException e = assertThrows(ImportException.class,
                () -> Collected.read(o, "time,measurement,field,value,host\n"));
        assertTrue(e.getMessage().contains("both a column and a --tag"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-01-01T00:00:00Z,cpu,idle|expected 5 columns (time,measurement,field,value,host), found 3",
            "2024-01-01T00:00:00Z,cpu,idle,1,a,b|found 6",
            "2024-01-01T99:00:00Z,cpu,idle,1,a|column time: timestamp hour 99 out of range 0-23",
            "noon,cpu,idle,1,a|column time: malformed timestamp",
            ",cpu,idle,1,a|column time: empty timestamp",
            "2024-01-01T00:00:00Z,,idle,1,a|column measurement: empty, and no --measurement default",
            "2024-01-01T00:00:00Z,cpu,,1,a|column field: empty, and no --field default",
            "2024-01-01T00:00:00Z,cpu,idle,,a|column value: expected a decimal number",
            "2024-01-01T00:00:00Z,cpu,idle,1.5.1,a|column value: expected a decimal number like 12.5, -3 or 1.2e-5 (1.5.1)",
            "2024-01-01T00:00:00Z,cpu,idle,Inf,a|column value: not a finite number",
            "2024-01-01T00:00:00Z,cpu,idle,1.5i,a|column value: expected an integer (1.5)",
            "2024-01-01T00:00:00Z,cpu,idle,1e400,a|column value: number out of range",
            "2024-01-01T00:00:00Z,cpu,idle,1,a\"b|cell 5: quote inside an unquoted cell",
            "2024-01-01T00:00:00Z,cpu,idle,1,\"a\"b|cell 5: text after the closing quote",
            "2024-01-01T00:00:00Z,cpu,idle,1,\"a|cell 5: quoted cell not closed",
            "2024-01-01T00:00:00Z,cpu,id\u0000le,1,a|control character U+0000 at column 28",
    })
    void badRowsSayWhereAndWhy(String row, String reason) {
        Collected c = Collected.read(CSV, "time,measurement,field,value,host\n"
                + "2024-01-01T00:00:00Z,cpu,idle,1,a\n" + row + "\n2024-01-01T00:00:00Z,cpu,idle,1,a\n");
        BadRow bad = c.onlyBad();
        assertEquals(3, bad.line());
        assertTrue(bad.reason().contains(reason), bad.toString());
        assertEquals(2, c.points.size());
    }

    @Test
    void emptyFileAndHeaderOnlyFileHaveNoPoints() {
        assertEquals(List.of(), Collected.read(CSV, "").points);
        assertEquals(List.of(), Collected.read(CSV, "time,measurement,field,value\n\n").points);
    }
}
