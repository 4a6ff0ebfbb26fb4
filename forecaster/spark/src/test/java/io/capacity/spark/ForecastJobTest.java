package io.capacity.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.forecast.ModelOptions;
import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import io.capacity.store.forecast.parquet.ForecastColumns;
import io.capacity.store.forecast.parquet.ForecastParquet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local[2] on windows of real M4 Hourly series, against the CLI's code path on the same input. */
class ForecastJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start(dir);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Output rows by series id, each series' rows in step order. */
    static Map<String, List<Row>> read(String output) {
        Map<String, List<Row>> out = new TreeMap<>();
        for (Row r : spark.read().parquet(output).orderBy("series_id", "step").collectAsList()) {
            out.computeIfAbsent(r.getString(r.fieldIndex("series_id")), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    @Test
    void sameForecastsAsTheCliToTheLastDigit() {
        List<TimeSeries> series = LocalSpark.m4(4, 24 * 14);
        Path csv = LocalSpark.csv(dir.resolve("same.csv"), series);
        String in = LocalSpark.parquet(spark, dir.resolve("same-in"), series);
        String out = dir.resolve("same-out").toString();

        ForecastJob.Summary sum = SparkForecastMain.run(spark, "--input", in, "--output", out, "--horizon", "24",
                "--season", "24", "--model", "auto-arima", "--levels", "80,95");

        // What ./capacity forecast --input same.csv --horizon 24 --season 24 --model auto-arima computes
        // (app.forecast.ForecastSeries on a CSV file: read, resample at the step by mean, the core's batch).
        List<TimeSeries> read = CsvSeriesReader.read(csv).stream()
                .map(r -> r.resample(Duration.ofHours(1), Aggregation.MEAN)).toList();
        double[] levels = {80, 95};
        List<SeriesForecast> cli = new ForecastBatch(24, levels, 24, 2).run(read,
                ModelOptions.DEFAULTS.withSeasons(24, 0).spec("auto-arima", 24), x -> { });

        Map<String, List<Row>> rows = read(out);
        // The output has exactly the columns and types ./capacity import-forecasts accepts, as its reader sees them.
        assertEquals(ForecastColumns.of(levels), ForecastParquet.describe(Path.of(out)));
        assertEquals(4, sum.series());
        assertEquals(0, sum.failed());
        assertEquals(4, rows.size());
        for (SeriesForecast expected : cli) {
            Forecast fc = expected.forecast();
            List<Row> got = rows.get(expected.seriesId());
            assertEquals(24, got.size(), expected.seriesId());
            for (int h = 0; h < 24; h++) {
                Row r = got.get(h);
                String where = expected.seriesId() + " step " + (h + 1);
                assertEquals(fc.timeAt(h), r.getTimestamp(r.fieldIndex("time")).toInstant(), where);
                assertEquals(fc.mean(h), r.getDouble(r.fieldIndex("point")), 0.0, where);
                for (double l : levels) {
                    PredictionInterval pi = fc.interval(l).orElseThrow();
                    String n = ForecastRows.levelName(l);
                    assertEquals(pi.lower(h), r.getDouble(r.fieldIndex("lower_" + n)), 0.0, where);
                    assertEquals(pi.upper(h), r.getDouble(r.fieldIndex("upper_" + n)), 0.0, where);
                }
                assertEquals(fc.method(), r.getString(r.fieldIndex("model")), where);
                assertTrue(r.isNullAt(r.fieldIndex("error")), where);
            }
        }
    }

    @Test
    void aPoisonedSeriesIsAnErrorRowWhileTheOthersSucceed() {
        List<TimeSeries> series = new ArrayList<>(LocalSpark.m4(3, 24 * 7));
        double[] nothing = new double[48];
        java.util.Arrays.fill(nothing, Double.NaN);
        series.add(new TimeSeries("poison-empty", LocalSpark.START, Duration.ofHours(1), nothing));
        String in = LocalSpark.parquet(spark, dir.resolve("poison-in"), series);
        // A series spanning millennia at an hourly step: the resampler refuses it.
        List<Row> extra = List.of(
                org.apache.spark.sql.RowFactory.create("poison-span", java.sql.Timestamp.from(
                        Instant.parse("0001-01-01T00:00:00Z")), 1.0),
                org.apache.spark.sql.RowFactory.create("poison-span", java.sql.Timestamp.from(
                        Instant.parse("9999-01-01T00:00:00Z")), 2.0));
        spark.createDataFrame(extra, LocalSpark.INPUT).write().mode("append").parquet(in);
        String out = dir.resolve("poison-out").toString();

        ForecastJob.Summary sum = SparkForecastMain.run(spark, "--input", in, "--output", out, "--horizon", "12",
                "--season", "24", "--model", "snaive");

        Map<String, List<Row>> rows = read(out);
        assertEquals(5, sum.series());
        assertEquals(2, sum.failed());
        for (TimeSeries s : series.subList(0, 3)) {
            List<Row> got = rows.get(s.id());
            assertEquals(12, got.size(), s.id());
            got.forEach(r -> assertTrue(r.isNullAt(r.fieldIndex("error")), s.id()));
        }
        for (String poisoned : List.of("poison-empty", "poison-span")) {
            List<Row> got = rows.get(poisoned);
            assertEquals(1, got.size(), poisoned);
            Row r = got.get(0);
            assertTrue(r.isNullAt(r.fieldIndex("point")), poisoned);
            String error = r.getString(r.fieldIndex("error"));
            assertNotNull(error, poisoned);
            assertTrue(!error.contains("Exception"), poisoned + ": " + error);
        }
        assertTrue(rows.get("poison-span").get(0).getString(rows.get("poison-span").get(0).fieldIndex("error"))
                .contains("is the step right?"));
    }

    @Test
    void aSeriesPastItsBudgetIsAnErrorRow() {
        List<TimeSeries> series = LocalSpark.m4(2, 24 * 14);
        String in = LocalSpark.parquet(spark, dir.resolve("budget-in"), series);
        String out = dir.resolve("budget-out").toString();

        long t0 = System.nanoTime();
        ForecastJob.Summary sum = SparkForecastMain.run(spark, "--input", in, "--output", out, "--horizon", "24",
                "--season", "24", "--model", "auto", "--budget", "1ms");
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, List<Row>> rows = read(out);
        assertEquals(2, sum.failed());
        for (TimeSeries s : series) {
            Row r = rows.get(s.id()).get(0);
            assertEquals(1, rows.get(s.id()).size());
            assertTrue(r.getString(r.fieldIndex("error")).startsWith("no forecast within the per-series budget of "
                    + "0.001 s"), r.getString(r.fieldIndex("error")));
        }
        // The automatic choice on two weeks of hourly data takes seconds per series; the job did not wait for it.
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void theCachedChoiceIsWrittenAndRefitAsThePipelineKeepsIt() throws Exception {
        List<TimeSeries> series = LocalSpark.m4(2, 24 * 8);
        String in = LocalSpark.parquet(spark, dir.resolve("cache-in"), series);
        String out1 = dir.resolve("cache-out1").toString();
        String choices1 = dir.resolve("cache-choices1").toString();
        String now = "2026-12-03T12:00:00Z";

        SparkForecastMain.run(spark, "--input", in, "--output", out1, "--horizon", "24", "--season", "24",
                "--choices-out", choices1, "--now", now);
        List<String> lines = spark.read().textFile(choices1).collectAsList();
        assertEquals(2, lines.size());
        Path state = java.nio.file.Files.write(dir.resolve("state.tsv"),
                (lines.stream().collect(Collectors.joining("\n")) + "\n").getBytes());

        // Read by the pipeline's own reader: both series' choices, as a restarted pipeline would find them.
        var auto = (io.capacity.core.select.AutoSpec) ModelOptions.DEFAULTS.withSeasons(24, 0).spec("auto", 24);
        var pipeline = io.capacity.app.pipeline.PipelineState.load(state, auto);
        for (TimeSeries s : series) {
            assertTrue(pipeline.choice(s.id()).isPresent(), s.id());
            assertEquals(Instant.parse(now), pipeline.choice(s.id()).get().chosenAt());
        }

        String out2 = dir.resolve("cache-out2").toString();
        String choices2 = dir.resolve("cache-choices2").toString();
        SparkForecastMain.run(spark, "--input", in, "--output", out2, "--horizon", "24", "--season", "24",
                "--choices", state.toString(), "--choices-out", choices2, "--now", "2026-12-03T13:00:00Z");
        // Refit within the day: the same choice, kept with its time; on the same history the same forecast.
        assertEquals(lines.stream().sorted().toList(),
                spark.read().textFile(choices2).collectAsList().stream().sorted().toList());
        Map<String, List<Row>> first = read(out1);
        Map<String, List<Row>> second = read(out2);
        for (TimeSeries s : series) {
            for (int h = 0; h < 24; h++) {
                Row a = first.get(s.id()).get(h);
                Row b = second.get(s.id()).get(h);
                assertEquals(a.getDouble(a.fieldIndex("point")), b.getDouble(b.fieldIndex("point")), 0.0);
                assertEquals(a.getDouble(a.fieldIndex("upper_95")), b.getDouble(b.fieldIndex("upper_95")), 0.0);
            }
        }
    }
}
