package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {
    @TempDir
    Path dir;

    /** Awkward names, nanosecond times across the whole range and values that are hard to print exactly. */
    static RecordingStore awkwardStore() {
        RecordingStore s = new RecordingStore();
        Random rnd = new Random(3);
        List<Point> points = new ArrayList<>();
        String[][] series = {{"cpu", "host", "web 1,\"a\"=b"}, {"my meas,x", "rack", "r=1"}, {"mem", "host", "é€"}};
        for (String[] ser : series) {
            for (int i = 0; i < 300; i++) {
                long t = i == 0 ? -9_223_372_036_000_000_000L : i == 1 ? 9_223_372_035_999_999_999L : rnd.nextLong() / 2;
                double v = switch (i % 5) {
                    case 0 -> rnd.nextGaussian() * 1e-300;
                    case 1 -> Math.round(rnd.nextDouble() * 1e6);
                    case 2 -> -0.0;
                    case 3 -> Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL);
                    default -> rnd.nextDouble() * 100;
                };
                points.add(Point.of(ser[0], Map.of(ser[1], ser[2]), "field x", v, t));
            }
        }
        for (int i = 0; i < 50; i++) { // an integer field the schema knows (mem used, bytes)
            points.add(new Point("mem", Point.tagMap(Map.of("host", "h")), new TreeMap<>(Map.of("used", rnd.nextLong()
                    / 1024)), i * 1_000_000_000L));
        }
        s.write(points);
        return s;
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportThenImportGivesBackExactlyTheSameSeries(ExportFormat format) throws IOException {
        RecordingStore source = awkwardStore();
        Path out = dir.resolve("all." + format.name().toLowerCase());
        ExportResult r = Exporter.export(source, SeriesFilter.all(), format, out);
        assertEquals(4, r.series());
        assertEquals(950, r.points());
        RecordingStore target = new RecordingStore();
        Format in = format == ExportFormat.CSV ? Format.CSV : Format.LP;
        FileResult res = Importer.importFiles(target, List.of(out), ImportOptions.of(ReadOptions.of(in))).files()
                .get(0);
        assertEquals(FileResult.Status.IMPORTED, res.status(), res.report());
        assertEquals(source.data.keySet(), target.data.keySet());
        for (SeriesKey k : source.data.keySet()) {
            SeriesQuery q = SeriesQuery.raw(k, ExportOptions.EARLIEST, ExportOptions.LATEST);
            SeriesData a = source.read(q);
            SeriesData b = target.read(q);
            assertArrayEquals(a.timesNanos(), b.timesNanos());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(Double.doubleToRawLongBits(a.value(i)), Double.doubleToRawLongBits(b.value(i)),
                        k + " at " + a.timeNanos(i));
            }
        }
        // mem/used is an integer in the schema: it keeps its type through the file.
        Number used = target.data.get(SeriesKey.of("mem", Map.of("host", "h"), "used")).firstEntry().getValue();
        assertTrue(used instanceof Long, String.valueOf(used));
    }

    @Test
    void outputIsDeterministicAndInSeriesThenTimeOrder() throws IOException {
        Path a = dir.resolve("a.lp");
        Path b = dir.resolve("b.lp");
        Exporter.export(awkwardStore(), null, ExportFormat.LP, a);
        Exporter.export(awkwardStore(), SeriesFilter.all(), ExportFormat.LP, b);
        assertEquals(Files.readString(a), Files.readString(b));
        List<String> lines = Files.readAllLines(a);
        assertTrue(lines.get(0).startsWith("cpu,host=web\\ 1\\,\"a\"\\=b field\\ x="), lines.get(0));
    }

    @Test
    void csvLayoutAndFilter() throws IOException {
        Path out = dir.resolve("mem.csv");
        ExportResult r = Exporter.export(awkwardStore(), new SeriesFilter("mem", "used", null), ExportFormat.CSV, out);
        assertEquals(1, r.series());
        List<String> lines = Files.readAllLines(out);
        assertEquals("time,measurement,field,value,host", lines.get(0));
        assertTrue(lines.get(1).matches("1970-01-01T00:00:00Z,mem,used,-?\\d+i,h"), lines.get(1));
    }

    @Test
    void failedExportLeavesNoFileAndKeepsAnOldOne() throws IOException {
        RecordingStore store = new RecordingStore() {
            @Override
            public SeriesData read(SeriesQuery query) {
                throw new io.capacity.store.StoreException("connection reset");
            }
        };
        store.write(List.of(Point.of("m", Map.of(), "f", 1, 1)));
        Path out = Files.writeString(dir.resolve("keep.csv"), "old");
        ImportException e = assertThrows(ImportException.class,
                () -> Exporter.export(store, SeriesFilter.all(), ExportFormat.CSV, out));
        assertTrue(e.getMessage().contains("connection reset") && e.getMessage().contains("no file written"));
        assertEquals("old", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "temporary file removed");
        }
    }

    @Test
    void csvRefusesTagKeysThatClashWithColumns() {
        RecordingStore store = new RecordingStore();
        store.write(List.of(Point.of("m", Map.of("time", "x"), "f", 1, 1)));
        ImportException e = assertThrows(ImportException.class,
                () -> Exporter.export(store, SeriesFilter.all(), ExportFormat.CSV, dir.resolve("x.csv")));
        assertTrue(e.getMessage().contains("export as lp"), e.getMessage());
    }
}
