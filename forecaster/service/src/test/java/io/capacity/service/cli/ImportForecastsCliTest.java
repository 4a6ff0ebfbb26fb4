package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.service.cli.JobParquet.Series;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import io.capacity.store.forecast.ForecastPoints;
import io.capacity.store.forecast.StoredForecasts;
import io.capacity.store.forecast.parquet.ForecastColumns;
import io.capacity.store.forecast.parquet.ForecastParquet;
import io.capacity.store.open.Stores;
import io.capacity.testkit.InfluxdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-forecasts}: the Spark job's output (written by DuckDB with the job's exact columns and types) into the
 * real embedded store and a real influxd, read back as the pipeline's forecasts are read, and drawn by the cluster
 * dashboard's forecast query as the pipeline's are.
 */
class ImportForecastsCliTest {
    static final String CPU = "capacity_demand,cluster=a cpu";
    static final String MEM = "mem,host=h1 used_percent";
    static final String NET = "net,host=h1,interface=eth0 bytes_recv";
    static final String ISSUED = "2026-12-03T23:00:00Z";
    static final String NET_ERROR = "no forecast within the per-series budget of 60 s";

    @TempDir
    Path dir;

    /** A Spark output directory: two part files, the success marker and a checksum file. */
    private Path jobOutput() throws Exception {
        Path out = Files.createDirectories(dir.resolve("forecasts"));
        JobParquet.write(out.resolve("part-00000-c000.snappy.parquet"), List.of(Series.forecast(CPU, 1),
                Series.failed(NET, NET_ERROR)));
        JobParquet.write(out.resolve("part-00001-c000.snappy.parquet"), List.of(Series.fallback(MEM, 2,
                "ARIMA: the optimizer did not converge; fell back to snaive")));
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.write(out.resolve(".part-00000-c000.snappy.parquet.crc"), new byte[] {1, 2, 3});
        return out;
    }

    @Test
    void theFixtureHasTheJobsColumnsAndTypes() throws Exception {
        Path f = JobParquet.write(dir.resolve("one.parquet"), List.of(Series.forecast(CPU, 1)));
        assertEquals(ForecastColumns.of(80, 95), ForecastParquet.describe(f));
    }

    @Test
    void intoTheEmbeddedStoreAsThePipelineWritesForecasts() throws Exception {
        Path out = jobOutput();
        Path data = dir.resolve("data");

        CliRun run = CliRun.of("import-forecasts", "--data-dir", data.toString(), "--issued", ISSUED,
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(out + ": imported 48 points of 2 series (1 the seasonal-naive fallback of a failed "
                        + "model); skipped 1 error rows (series the job could not forecast; their ids and errors are "
                        + "in the log)"), run.out().lines().limit(1).toList());
        assertTrue(run.out().lines().skip(1).findFirst().orElseThrow().matches("imported 48 points of 2 series from "
                + "1 output\\(s\\) in [0-9.]+ s as capacity_forecast, model auto, issued " + ISSUED
                + "; skipped 1 error rows"), run.out());
        try (MetricStore s = Stores.open(StoreConfig.embedded(data))) {
            assertRoundTrip(s);
        }
        // Again: the same points, replaced, nothing added.
        assertEquals(0, CliRun.of("import-forecasts", "--data-dir", data.toString(), "--issued", ISSUED,
                out.toString()).exitCode());
        try (MetricStore s = Stores.open(StoreConfig.embedded(data))) {
            assertRoundTrip(s);
        }
    }

    @Test
    void intoInfluxdAsThePipelineWritesForecasts() throws Exception {
        Path out = jobOutput();
        try (InfluxdServer influxd = InfluxdServer.create().start()) {
            CliRun run = CliRun.of("import-forecasts", "--influx-url", influxd.url(), "--influx-db", "job",
                    "--issued", ISSUED, out.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith(out + ": imported 48 points of 2 series"), run.out());
            try (MetricStore s = Stores.open(StoreConfig.influx(influxd.url(), "job"))) {
                assertRoundTrip(s);
            }
            // Grafana's cluster dashboard draws cluster a's CPU forecast from them, one value per hour ahead.
            List<double[]> drawn = ClusterForecastPanel.forecast(influxd.url(), "job", "a", JobParquet.START
                    .minus(Duration.ofDays(1)), JobParquet.time(JobParquet.HORIZON));
            assertEquals(JobParquet.HORIZON, drawn.size());
            for (int h = 1; h <= JobParquet.HORIZON; h++) {
                assertEquals(JobParquet.time(h).toEpochMilli(), (long) drawn.get(h - 1)[0]);
                assertEquals(JobParquet.point(1, h), drawn.get(h - 1)[1], 0.0);
            }
        }
    }

    @Test
    void aFileThatIsNotTheJobsOutputIsOneLineAndWritesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path lp = Files.writeString(dir.resolve("a.lp"), "cpu,host=a usage_user=1.5 1704067200000000000\n");
        assertEquals(0, CliRun.of("import", "--no-progress", "--data-dir", data.toString(), lp.toString())
                .exitCode());
        Path series = dir.resolve("series.parquet");
        assertEquals(0, CliRun.of("export", "--data-dir", data.toString(), "-o", series.toString()).exitCode());
        Path text = Files.writeString(dir.resolve("notes.parquet"), "series_id,time,value\n");

        CliRun run = CliRun.of("import-forecasts", "--data-dir", data.toString(), series.toString(), text.toString());

        assertEquals(1, run.exitCode());
        List<String> err = run.err().lines().filter(l -> l.startsWith(dir.toString())).toList();
        assertEquals(List.of(series + ": not the Spark job's forecast output (missing step, point, model, grade, "
                + "error; no lower_L and upper_L pair; unexpected value; time is TIMESTAMP WITH TIME ZONE, not "
                + "TIMESTAMP); expected the columns " + ForecastColumns.expected() + "; nothing written"),
                err.subList(0, 1));
        assertTrue(err.get(1).startsWith(text + ": cannot read as Parquet ("), err.get(1));
        assertTrue(err.get(1).endsWith("); expected the Spark job's output: a .parquet file or a directory of them; "
                + "nothing written"), err.get(1));
        assertFalse(run.err().contains("Exception"), run.err());
        try (MetricStore s = Stores.open(StoreConfig.embedded(data))) {
            assertEquals(List.of(), s.series(io.capacity.store.SeriesFilter.measurement(MetricSchema.FORECAST.name())));
        }
    }

    @Test
    void aBadSeriesRejectsTheWholeFile() throws Exception {
        Path f = JobParquet.write(dir.resolve("bad.parquet"), List.of(Series.forecast(CPU, 1),
                Series.forecast("H1", 3)));
        Path data = dir.resolve("data");

        CliRun run = CliRun.of("import-forecasts", "--data-dir", data.toString(), f.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of(f + ": rejected: 1 bad series, nothing written",
                "  " + f + ": series H1: series key 'H1' must be 'measurement[,tag=value...] field' with one "
                        + "unescaped space"), run.err().lines().filter(l -> l.contains(f.toString())).toList());
        try (MetricStore s = Stores.open(StoreConfig.embedded(data))) {
            assertEquals(List.of(), s.series(io.capacity.store.SeriesFilter.measurement(MetricSchema.FORECAST.name())));
        }
    }

    @Test
    void anUnknownModelIsAUsageError() throws Exception {
        Path f = JobParquet.write(dir.resolve("one.parquet"), List.of(Series.forecast(CPU, 1)));
        CliRun run = CliRun.of("import-forecasts", "--data-dir", dir.resolve("data").toString(), "--model",
                "arimax", f.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("arimax"), run.err());
    }

    /**
     * Each forecast series reads back with the Parquet's values exactly, issued at {@link #ISSUED}; the store holds
     * exactly the series {@link ForecastPoints} lays out for them (the pipeline's layout), and none of the error row.
     */
    private static void assertRoundTrip(MetricStore store) {
        Instant to = JobParquet.time(JobParquet.HORIZON + 1);
        Set<SeriesKey> expected = new TreeSet<>();
        for (String id : List.of(CPU, MEM)) {
            int n = id.equals(CPU) ? 1 : 2;
            SeriesKey key = SeriesKey.parse(id);
            Forecast f = StoredForecasts.read(store, key, "auto", JobParquet.START, to, JobParquet.LEVELS)
                    .orElseThrow(() -> new AssertionError("no forecast of " + id));
            assertEquals(JobParquet.START, f.start(), id);
            assertEquals(Duration.ofHours(1), f.step(), id);
            assertEquals(JobParquet.HORIZON, f.horizon(), id);
            double[][] lower = new double[2][JobParquet.HORIZON];
            double[][] upper = new double[2][JobParquet.HORIZON];
            double[] mean = new double[JobParquet.HORIZON];
            for (int h = 1; h <= JobParquet.HORIZON; h++) {
                mean[h - 1] = JobParquet.point(n, h);
                assertEquals(mean[h - 1], f.mean(h - 1), 0.0, id + " step " + h);
                for (int l = 0; l < 2; l++) {
                    double level = JobParquet.LEVELS[l];
                    lower[l][h - 1] = JobParquet.lower(n, h, level);
                    upper[l][h - 1] = JobParquet.upper(n, h, level);
                    assertEquals(lower[l][h - 1], f.interval(level).orElseThrow().lower(h - 1), 0.0, id);
                    assertEquals(upper[l][h - 1], f.interval(level).orElseThrow().upper(h - 1), 0.0, id);
                }
            }
            SeriesData issued = store.read(SeriesQuery.raw(new SeriesKey(MetricSchema.FORECAST.name(),
                    ForecastPoints.tags(key, "auto"), MetricSchema.FORECAST_FIELD_ISSUED), JobParquet.START, to));
            assertEquals(JobParquet.HORIZON, issued.size(), id);
            for (double v : issued.values()) {
                assertEquals(Instant.parse(ISSUED).getEpochSecond(), (long) v, id);
            }
            Forecast same = new Forecast(id, JobParquet.START, Duration.ofHours(1), mean, List.of(
                    new PredictionInterval(80, lower[0], upper[0]), new PredictionInterval(95, lower[1], upper[1])),
                    null, null, "any", null, Quality.ungraded());
            for (Point p : ForecastPoints.toPoints(key, same, "auto", Instant.parse(ISSUED))) {
                p.fields().keySet().forEach(field -> expected.add(new SeriesKey(p.measurement(), p.tags(), field)));
            }
        }
        List<SeriesKey> stored = new ArrayList<>(store.series(io.capacity.store.SeriesFilter.measurement(
                MetricSchema.FORECAST.name())));
        assertEquals(new ArrayList<>(expected), stored);
    }
}
