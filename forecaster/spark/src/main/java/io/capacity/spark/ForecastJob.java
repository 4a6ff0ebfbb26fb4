package io.capacity.spark;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.apache.spark.sql.functions.col;

/**
 * The job: reads the observations, groups them by series (Spark's shuffle partitions them by {@code series_id}),
 * forecasts each series ({@link SeriesForecaster}), with the cache joined to its series' line of the pipeline's
 * {@code state.tsv} ({@code cogroup}), and writes the rows as Parquet (and the choices as {@code state.tsv} lines).
 */
public final class ForecastJob {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastJob.class);
    private static final List<String> COLUMNS = List.of("series_id", "time", "value");

    /** What a run did: series forecast, those with an error row (or a fallback's forecast), wall seconds. */
    public record Summary(long series, long failed, double seconds) {
    }

    private ForecastJob() {
    }

    /**
     * Runs the job on {@code spark}; sets the session's time zone to UTC, so a time without a zone (DuckDB's
     * {@code TIMESTAMP}) is read as UTC, as the CLI reads one.
     */
    public static Summary run(SparkSession spark, JobSettings s) {
        long start = System.nanoTime();
        JobModel.of(s);
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        if (s.partitions() > 0) {
            spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(s.partitions()));
        }
        Dataset<Row> in = spark.read().parquet(s.input());
        List<String> found = Arrays.asList(in.columns());
        if (!found.containsAll(COLUMNS)) {
            throw new IllegalArgumentException(s.input() + ": expected columns series_id, time, value; found "
                    + String.join(", ", found));
        }
        Dataset<Row> obs = in.select(col("series_id").cast("string"), col("time").cast("timestamp"),
                col("value").cast("double")).filter(col("series_id").isNotNull());
        KeyValueGroupedDataset<String, Row> bySeries = obs.groupByKey(
                (MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
        SeriesForecaster f = new SeriesForecaster(s);
        StructType schema = ForecastRows.schema(s.levelArray(), s.cached());
        Dataset<Row> out;
        if (s.cached()) {
            out = bySeries.cogroup(choiceLines(spark, s), (CoGroupFunction<String, Row, String, Row>) (id, rows,
                    lines) -> rows.hasNext() ? f.forecast(id, rows, lines).iterator()
                    : java.util.Collections.emptyIterator(), Encoders.row(schema));
        } else {
            out = bySeries.flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, rows) ->
                    f.forecast(id, rows, null).iterator(), Encoders.row(schema));
        }
        if (s.choicesOut() != null) {
            out = out.persist();
            out.drop("choice").write().mode("overwrite").parquet(s.output());
            out.filter(col("choice").isNotNull()).select("choice").write().mode("overwrite").text(s.choicesOut());
            out.unpersist();
        } else {
            (s.cached() ? out.drop("choice") : out).write().mode("overwrite").parquet(s.output());
        }
        Dataset<Row> written = spark.read().parquet(s.output());
        long series = written.select("series_id").distinct().count();
        long failed = written.filter(col("error").isNotNull()).select("series_id").distinct().count();
        Summary sum = new Summary(series, failed, (System.nanoTime() - start) / 1e9);
        LOG.info("forecast {} series ({} with an error) in {} s -> {}", series, failed,
                String.format("%.1f", sum.seconds()), s.output());
        return sum;
    }

    /** The pipeline's {@code state.tsv} lines by series id (its first field, URL-encoded); none without a file. */
    private static KeyValueGroupedDataset<String, String> choiceLines(SparkSession spark, JobSettings s) {
        Dataset<String> lines = s.choices() == null ? spark.emptyDataset(Encoders.STRING())
                : spark.read().textFile(s.choices()).filter((FilterFunction<String>) l -> l.indexOf('\t') > 0
                && !l.startsWith("last_run\t"));
        return lines.groupByKey((MapFunction<String, String>) l -> URLDecoder.decode(l.substring(0, l.indexOf('\t')),
                StandardCharsets.UTF_8), Encoders.STRING());
    }
}
