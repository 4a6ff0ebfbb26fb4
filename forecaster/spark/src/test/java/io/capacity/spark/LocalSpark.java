package io.capacity.spark;

import io.capacity.core.input.M4Reader;
import io.capacity.core.series.TimeSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The tests' Spark: local[2], kept off the network (driver on 127.0.0.1, no UI), and their input files. */
final class LocalSpark {
    /** The shared M4 Hourly training split (see ../shared/data/m4/README.md), read from the module directory. */
    static final Path M4_HOURLY = Path.of("../../../shared/data/m4/Hourly-train.csv");
    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    static final StructType INPUT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("series_id", DataTypes.StringType, false),
            DataTypes.createStructField("time", DataTypes.TimestampType, true),
            DataTypes.createStructField("value", DataTypes.DoubleType, true)));

    private LocalSpark() {
    }

    static SparkSession start(Path dir) {
        return SparkSession.builder().master("local[2]").appName("capacity-spark-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
                .config("spark.local.dir", dir.resolve("local").toString())
                .getOrCreate();
    }

    private static List<TimeSeries> m4;

    /** The last {@code n} values of the first {@code count} M4 Hourly series, hourly from {@link #START}. */
    static synchronized List<TimeSeries> m4(int count, int n) {
        if (m4 == null) {
            m4 = M4Reader.read(M4_HOURLY, Duration.ofHours(1));
        }
        List<TimeSeries> out = new ArrayList<>();
        for (TimeSeries s : m4.subList(0, count)) {
            out.add(new TimeSeries(s.id(), START, Duration.ofHours(1), s.tail(n).values()));
        }
        return out;
    }

    /** Writes the series as the CLI's CSV ({@code series_id,timestamp,value}). */
    static Path csv(Path file, List<TimeSeries> series) {
        StringBuilder sb = new StringBuilder("series_id,timestamp,value\n");
        for (TimeSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                sb.append(s.id()).append(',').append(s.timeAt(i)).append(',')
                        .append(String.format(Locale.ROOT, "%s", Double.toString(s.value(i)))).append('\n');
            }
        }
        try {
            return Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the series as the job's Parquet input ({@code series_id, time, value}). */
    static String parquet(SparkSession spark, Path dir, List<TimeSeries> series) {
        List<Row> rows = new ArrayList<>();
        for (TimeSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                double v = s.value(i);
                rows.add(RowFactory.create(s.id(), Timestamp.from(s.timeAt(i)), Double.isNaN(v) ? null : v));
            }
        }
        spark.createDataFrame(rows, INPUT).write().mode("overwrite").parquet(dir.toString());
        return dir.toString();
    }
}
