package io.capacity.service.cli;

import io.capacity.schema.SeriesKey;
import io.capacity.store.IntegerPoints;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.io.ExportOptions;
import io.capacity.store.io.ExportResult;
import io.capacity.store.io.Exporter;
import io.capacity.store.io.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code ./capacity export --format parquet}: the selected series as Parquet with {@code series_id} (the series key
 * as {@code ./capacity series} and {@code forecast --from-store} name it), {@code time} (UTC, microseconds) and
 * {@code value} (double; a series stored as integers exactly up to 2^53), the input of the Spark job
 * (docs/scale-out.md). Series in key order, each in time order, appended to an in-memory DuckDB table and written
 * with DuckDB's {@code COPY ... (FORMAT PARQUET)} under a temporary name, renamed into place at the end.
 */
final class ParquetExport {
    private ParquetExport() {
    }

    static ExportResult write(MetricStore store, SeriesFilter filter, ExportOptions options, Path output) {
        long start = System.nanoTime();
        Path target = Exporter.target(output);
        Path dir = target.getParent();
        List<SeriesKey> keys = Exporter.keys(store, filter);
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        long points = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE points (series_id VARCHAR, t_us BIGINT, value DOUBLE)");
            try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "points")) {
                for (SeriesKey key : keys) {
                    points += append(a, store, key, options);
                }
            }
            st.execute("SET TimeZone = 'UTC'");
            st.execute("COPY (SELECT series_id, make_timestamp(t_us)::TIMESTAMPTZ AS time, value FROM points) TO '"
                    + tmp.toString().replace("'", "''") + "' (FORMAT PARQUET)");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Best effort: the temporary name starts with a dot.
            }
            throw new ImportException("export to " + target + " failed, no file written: " + e.getMessage(), e);
        }
        return new ExportResult(target, keys.size(), points, Duration.ofNanos(System.nanoTime() - start));
    }

    private static int append(DuckDBAppender a, MetricStore store, SeriesKey key, ExportOptions options)
            throws SQLException {
        String id = key.toString();
        if (store.storedAsInteger(key)) {
            IntegerPoints p = store.readIntegers(key, options.from(), options.to());
            for (int i = 0; i < p.size(); i++) {
                row(a, id, p.timeNanos(i), p.value(i));
            }
            return p.size();
        }
        SeriesData d = store.read(SeriesQuery.raw(key, options.from(), options.to()));
        for (int i = 0; i < d.size(); i++) {
            row(a, id, d.timeNanos(i), d.value(i));
        }
        return d.size();
    }

    private static void row(DuckDBAppender a, String id, long nanos, double value) throws SQLException {
        a.beginRow();
        a.append(id);
        a.append(Math.floorDiv(nanos, 1000L));
        a.append(value);
        a.endRow();
    }
}
