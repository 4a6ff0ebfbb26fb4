package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.embedded.EmbeddedMetricStore;
import io.capacity.store.influx.InfluxConfig;
import io.capacity.store.influx.InfluxMetricStore;
import io.capacity.testkit.InfluxdExtension;
import io.capacity.testkit.InfluxdServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every value a file holds comes back from both stores as written: 64-bit integers exactly (also beyond 2^53 and
 * at +-2^63), timestamps at the ends of InfluxDB's range, and every line influxd accepts of
 * {@link InfluxdJudgeTest#CASES}.
 */
@ExtendWith(InfluxdExtension.class)
class ExactRoundTripTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ReadOptions LP = ReadOptions.of(Format.LP);

    @TempDir
    Path dir;

    static final String EXTREMES = """
            big value=9007199254740993i 1
            big value=9223372036854775807i 2
            big value=-9223372036854775808i 3
            big value=-9007199254740993i 4
            cpu value=1 9223372036854775806
            cpu value=2 -9223372036854775806
            """;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void integersAndExtremeTimesComeBackAsWritten(ExportFormat format) throws IOException {
        Path in = Files.writeString(dir.resolve("in.lp"), EXTREMES);
        assertEquals(lines(EXTREMES), roundTrip(in, format, EmbeddedMetricStore.open(dir.resolve(format + ".duckdb"))));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void integersAndExtremeTimesComeBackAsWrittenFromInfluxdb(ExportFormat format, InfluxdServer influxd)
            throws IOException {
        Path in = Files.writeString(dir.resolve("in.lp"), EXTREMES);
        assertEquals(lines(EXTREMES), roundTrip(in, format, influx(influxd)));
    }

    /**
     * Each case alone in a fresh database, since a field's type is fixed per measurement in InfluxDB; not the
     * measurements influxd stores under a name its queries do not find ({@link InfluxdJudgeTest#INFLUXD_INCONSISTENT}).
     */
    @Test
    void everyLineInfluxdAcceptsComesBackAsReadFromInfluxdb(InfluxdServer influxd) throws IOException {
        int cases = 0;
        for (String line : InfluxdJudgeTest.CASES) {
            Collected c = Collected.read(LP, line);
            if (c.bad.isEmpty() && !InfluxdJudgeTest.INFLUXD_INCONSISTENT.contains(line)
                    && !InfluxdJudgeTest.NOT_WRITABLE_BACK.contains(line)) {
                Path in = Files.writeString(dir.resolve("case.lp"), line + "\n");
                assertEquals(perField(c.points), roundTrip(in, ExportFormat.LP, influx(influxd)), line);
                cases++;
            }
        }
        assertTrue(cases > 40, "most cases are lines influxd accepts");
    }

    private static MetricStore influx(InfluxdServer influxd) {
        return InfluxMetricStore.open(InfluxConfig.of(influxd.url(), "roundtrip" + DATABASES.incrementAndGet()));
    }

    /** Each case in its own file, tagged with its number, so cases sharing a series and time stay apart. */
    @Test
    void everyLineInfluxdAcceptsComesBackAsRead() throws IOException {
        List<Path> files = new ArrayList<>();
        List<Point> expected = new ArrayList<>();
        for (String line : InfluxdJudgeTest.CASES) {
            ReadOptions tagged = tagged(files.size());
            Collected c = Collected.read(tagged, line);
            if (c.bad.isEmpty() && !InfluxdJudgeTest.NOT_WRITABLE_BACK.contains(line)) {
                expected.addAll(c.points);
                files.add(Files.writeString(dir.resolve("case" + files.size() + ".lp"), line + "\n"));
            }
        }
        assertTrue(files.size() > 40, "most cases are lines influxd accepts");
        Path out = dir.resolve("cases.lp");
        try (MetricStore store = EmbeddedMetricStore.open(dir.resolve("cases.duckdb"))) {
            ImportReport r = Importer.importFiles(store, files,
                    f -> ImportOptions.of(tagged(files.indexOf(f))), ImportProgress.NONE);
            assertTrue(r.ok(), r.files().toString());
            Exporter.export(store, SeriesFilter.all(), ExportFormat.LP, out);
        }
        Collected back = Collected.read(LP, Files.readString(out));
        assertTrue(back.bad.isEmpty(), back.bad.toString());
        assertEquals(perField(expected), perField(back.points));
    }

    private static ReadOptions tagged(int n) {
        return new ReadOptions(Format.LP, null, null, null, null,
                new java.util.TreeMap<>(java.util.Map.of("case", Integer.toString(n))));
    }

    @Test
    void exportToAMissingDirectoryNamesIt() throws IOException {
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(dir.resolve("s.duckdb"))) {
            Path out = dir.resolve("no/such/x.lp");
            ImportException e = assertThrows(ImportException.class,
                    () -> Exporter.export(store, SeriesFilter.all(), ExportFormat.LP, out));
            assertEquals("export to " + out + ": the directory " + out.getParent() + " does not exist; create it or "
                    + "choose another output file", e.getMessage());
            assertTrue(Files.notExists(dir.resolve("no")));
        }
    }

    /** The export is renamed into place with the mode any new file of the user gets, not a temp file's 0600. */
    @Test
    void exportGetsTheUmasksMode() throws IOException {
        Path probe = dir.resolve("probe");
        Files.newOutputStream(probe).close();
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(dir.resolve("s.duckdb"))) {
            Path out = dir.resolve("x.lp");
            Exporter.export(store, SeriesFilter.all(), ExportFormat.LP, out);
            assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }

    private Set<String> roundTrip(Path in, ExportFormat format, MetricStore opened) throws IOException {
        Path out = dir.resolve("out." + format.name().toLowerCase(java.util.Locale.ROOT));
        try (MetricStore store = opened) {
            FileResult r = Importer.importFiles(store, List.of(in), ImportOptions.of(LP)).files().get(0);
            assertEquals(FileResult.Status.IMPORTED, r.status(), r.report());
            Exporter.export(store, SeriesFilter.all(), format, out); // compared value by value below
        }
        Collected back = Collected.read(ReadOptions.of(format == ExportFormat.LP ? Format.LP : Format.CSV),
                Files.readString(out));
        assertTrue(back.bad.isEmpty(), back.bad.toString());
        return perField(back.points);
    }

    /** One line per field value, as the exporter writes them, so points of several fields compare by value. */
    private static Set<String> perField(List<Point> points) {
        Set<String> out = new TreeSet<>();
        for (Point p : points) {
            p.fields().forEach((k, v) -> out.add(new Point(p.measurement(), p.tags(),
                    new java.util.TreeMap<>(java.util.Map.of(k, v)), p.timeNanos()).toLineProtocol()));
        }
        return out;
    }

    private static Set<String> lines(String text) {
        return new TreeSet<>(new ArrayList<>(text.lines().toList()));
    }
}
