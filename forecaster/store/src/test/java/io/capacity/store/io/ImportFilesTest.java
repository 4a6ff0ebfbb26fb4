package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesQuery;
import io.capacity.store.embedded.EmbeddedMetricStore;
import io.capacity.store.influx.InfluxConfig;
import io.capacity.store.influx.InfluxMetricStore;
import io.capacity.testkit.InfluxdExtension;
import io.capacity.testkit.InfluxdServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What one import of several files does to a real store, file by file. */
@ExtendWith(InfluxdExtension.class)
class ImportFilesTest {
    @TempDir
    Path dir;

    /** Each file's format is detected from the file itself, as the CLI does without --format. */
    private static final Function<Path, ImportOptions> DETECT = f -> ImportOptions.of(ReadOptions.of(Format.detect(f)));

    private FileResult only(MetricStore store, Path file) {
        return Importer.importFiles(store, List.of(file), DETECT, ImportProgress.NONE).files().get(0);
    }

    @Test
    void eachFileIsReadInItsOwnFormat() throws IOException {
        Path csv = Files.writeString(dir.resolve("good.csv"), "time,measurement,field,value\n"
                + "2024-01-01T00:00:00Z,cpu,usage,1\n");
        Path lp = Files.writeString(dir.resolve("next.lp"), "cpu usage=2 1704067260000000000\n");
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(dir.resolve("s.duckdb"))) {
            ImportReport r = Importer.importFiles(store, List.of(csv, lp), DETECT, ImportProgress.NONE);
            assertTrue(r.ok(), r.files().toString());
            assertEquals(2, store.read(SeriesQuery.raw(SeriesKey.parse("cpu usage"), ExportOptions.EARLIEST,
                    ExportOptions.LATEST)).size());
        }
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path header = Files.writeString(dir.resolve("header.csv"), "time,measurement,field,value\n");
        Path comments = Files.writeString(dir.resolve("c.lp"), "# nothing yet\n\n");
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(dir.resolve("s.duckdb"))) {
            for (Path f : List.of(empty, header, comments)) {
                FileResult r = only(store, f);
                assertEquals(FileResult.Status.FAILED, r.status(), r.report());
                assertEquals(f + ": failed: no data rows (the file is empty, or holds only a header, blank lines or "
                        + "comments); nothing written", r.report());
            }
        }
    }

    @Test
    void aSemicolonSeparatedCsvIsNamedAsSuch() throws IOException {
        Path semi = Files.writeString(dir.resolve("semi.csv"), "time;measurement;field;value\n2024-01-01;cpu;u;1\n");
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(dir.resolve("s.duckdb"))) {
            FileResult detected = only(store, semi);
            assertEquals(FileResult.Status.FAILED, detected.status());
            assertTrue(detected.report().startsWith(semi + ":1: semicolon-separated values"), detected.report());
            FileResult given = Importer.importFiles(store, List.of(semi), ImportOptions.of(ReadOptions.of(Format.CSV)))
                    .files().get(0);
            assertTrue(given.report().contains("semicolon-separated values"), given.report());
        }
    }

    @Test
    void rowsReplacingOneAtTheSameSeriesAndTimeAreCounted() throws IOException {
        Path dup = Files.writeString(dir.resolve("dup.csv"), "time,measurement,field,value\n"
                + "2024-01-01T00:00:00Z,cpu,usage,1\n2024-01-01T00:00:00Z,cpu,usage,2\n");
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(dir.resolve("s.duckdb"))) {
            FileResult r = only(store, dup);
            assertEquals(dup + ": imported 2 rows: 1 point stored, 1 replaced (same series and time as one stored "
                    + "before or an earlier row; the store keeps the last written)", r.report());
            FileResult again = only(store, dup);
            assertTrue(again.report().contains("imported 2 rows: 0 points stored, 2 replaced"), again.report());
            assertEquals(2.0, store.read(SeriesQuery.raw(SeriesKey.parse("cpu usage"), ExportOptions.EARLIEST,
                    ExportOptions.LATEST)).value(0));
        }
    }

    /**
     * influxd 1.x answers a batch with one refused point 400 "partial write" and stores the others: the report
     * says so and promises nothing about a re-run.
     */
    @Test
    void influxdPartialWritesAreReportedAsTheyAre(InfluxdServer influxd) throws IOException {
        Path file = Files.writeString(dir.resolve("conflict.lp"),
                "cpu value=2 2\ncpu value=3i 3\ncpu value=4 4\n");
        try (MetricStore store = InfluxMetricStore.open(InfluxConfig.of(influxd.url(), "partial_write"))) {
            store.write(List.of(io.capacity.schema.LineProtocolParser.parse("cpu value=1 1"))); // value is a float
            for (int run = 1; run <= 2; run++) {
                FileResult r = only(store, file);
                assertEquals(FileResult.Status.FAILED, r.status(), r.report());
                assertEquals(2, r.pointsWritten(), r.report());
                assertTrue(r.report().contains("partial write"), r.report());
                assertTrue(r.report().contains("the store refused part of a batch and kept the rest; 2 points of this "
                        + "file are stored"), r.report());
                assertFalse(r.report().contains("completes"), r.report());
            }
            assertEquals(3, store.read(SeriesQuery.raw(SeriesKey.parse("cpu value"), ExportOptions.EARLIEST,
                    ExportOptions.LATEST)).size(), "the float at 1 and the good points at 2 and 4");
        } catch (io.capacity.schema.LineProtocolException e) {
            throw new AssertionError(e);
        }
    }
}
