package io.capacity.core.input;

import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvSeriesReaderTest {
    @TempDir
    Path dir;

    @Test
    void longLayoutGroupsBySeriesInFileOrder() throws IOException {
        Path f = write("fleet.csv", """
                series_id,timestamp,value
                web-1,2024-01-01T00:00:00Z,10
                db-1,2024-01-01T00:00:00Z,50
                web-1,2024-01-01 01:00:00,12
                web-1,1704074400,NA
                """);
        List<RawSeries> all = CsvSeriesReader.read(f);
        assertEquals(List.of("web-1", "db-1"), all.stream().map(RawSeries::id).toList());
        RawSeries web = all.get(0);
        assertEquals(Instant.parse("2024-01-01T02:00:00Z"), web.times()[2]);
        TimeSeries hourly = web.resample(Duration.ofHours(1), Aggregation.MEAN);
        assertArrayEquals(new double[]{10, 12, Double.NaN}, hourly.values());
    }

    @Test
    void eachSeriesIsHandedOverInFileOrderWithEveryObservationAsRead() throws IOException {
        StringBuilder csv = new StringBuilder("series_id,timestamp,value\n");
        for (int i = 0; i < 100; i++) {  // past the buffers' first growth, interleaved, with sub-second times
            csv.append("b,2024-01-01T00:00:").append(String.format("%02d", i % 60)).append('.').append(i)
                    .append("Z,").append(i).append('\n');
            csv.append("a,").append(1704067200 + i).append(',').append(i % 7 == 0 ? "NA" : String.valueOf(-i))
                    .append('\n');
        }
        Path f = write("two.csv", csv.toString());
        List<String> seen = new java.util.ArrayList<>();
        List<Integer> sizes = CsvSeriesReader.read(f, r -> {
            seen.add(r.id());
            return r.size();
        });
        assertEquals(List.of("b", "a"), seen);
        assertEquals(List.of(100, 100), sizes);
        RawSeries b = CsvSeriesReader.read(f).get(0);
        RawSeries a = CsvSeriesReader.read(f).get(1);
        assertEquals(Instant.parse("2024-01-01T00:00:01.61Z"), b.times()[61]);
        assertEquals(61.0, b.values()[61]);
        assertEquals(Instant.ofEpochSecond(1704067200 + 99), a.times()[99]);
        assertTrue(Double.isNaN(a.values()[98]));
        assertEquals(-99.0, a.values()[99]);
    }

    @Test
    void twoColumnLayoutIsOneSeriesNamedAfterTheFile() throws IOException {
        Path f = write("ec2_cpu.csv", "timestamp,value\n2014-02-14 14:30:00,0.132\n2014-02-14 14:35:00,0.134\n");
        List<RawSeries> all = CsvSeriesReader.read(f);
        assertEquals("ec2_cpu", all.get(0).id());
        assertEquals(2, all.get(0).size());
    }

    @Test
    void timestampsInEveryFormTheImporterReads() throws IOException {
        Path f = write("forms.csv", """
                timestamp,value
                2024-01-01,1
                2024-01-01T01:00:00+01:00,2
                1704070800000,3
                2024-01-01t01:30z,4
                """);
        RawSeries s = CsvSeriesReader.read(f).get(0);
        assertArrayEquals(new Instant[]{Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T01:00:00Z"), Instant.parse("2024-01-01T01:30:00Z")}, s.times());
    }

    @Test
    void errorsNameFileLineReasonAndValue() throws IOException {
        Path f = write("bad.csv", "timestamp,value\n2024-01-01T00:00:00Z,1\nyesterday,2\n");
        var e = assertThrows(InputFormatException.class, () -> CsvSeriesReader.read(f));
        assertEquals(f + ":3: malformed timestamp; expected an ISO-8601 time (2024-03-31T02:30:00Z, "
                + "2024-03-31T04:30:00+02:00, 2024-03-31 02:30:00 or the date 2024-03-31) or epoch seconds, millis, "
                + "micros or nanos (1711852200) (yesterday)", e.getMessage());
        Path g = write("bad2.csv", "timestamp,value\n2024-01-01T00:00:00Z,12%\n");
        e = assertThrows(InputFormatException.class, () -> CsvSeriesReader.read(g));
        assertEquals(g + ":2: not a number (12%)", e.getMessage());
        Path h = write("bad3.csv", "time,val\n");
        e = assertThrows(InputFormatException.class, () -> CsvSeriesReader.read(h));
        assertEquals(h + ":1: header must be series_id,timestamp,value or timestamp,value (time,val)",
                e.getMessage());
    }

    @Test
    void anyTextIsReadByTheSameRulesAndNamedAsTheCallerSays() throws IOException {
        String text = "timestamp,value\n2024-01-01T00:00:00Z,1\n2024-01-01T01:00:00Z,\n2024-01-01T02:00:00Z,x\n";
        var e = assertThrows(InputFormatException.class, () -> CsvSeriesReader.read(
                new java.io.BufferedReader(new java.io.StringReader(text)), "request body", "s"));
        assertEquals("request body:4: not a number (x)", e.getMessage());
        RawSeries s = CsvSeriesReader.read(new java.io.BufferedReader(new java.io.StringReader(
                text.replace(",x", ",3"))), "request body", "probe").get(0);
        assertEquals("probe", s.id());
        assertEquals(3, s.size());
        assertTrue(Double.isNaN(s.values()[1]), "an empty cell is a gap");
    }

    @Test
    void readsARealNabTrace() {
        Path nab = Path.of("../../../shared/data/nab");
        try (var files = Files.walk(nab)) {
            Path csv = files.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
            RawSeries s = CsvSeriesReader.read(csv).get(0);
            TimeSeries regular = s.resample(Duration.ofMinutes(5), Aggregation.MEAN);
            assertEquals(Duration.ofMinutes(5), regular.step());
            assertEquals(true, regular.size() >= s.size() / 2, regular + " from " + s.size());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
