package io.capacity.store.embedded;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One batch write: rows go through DuckDB's Appender (columnar, no per-row SQL) into {@code staging_points}, then
 * one {@code INSERT OR REPLACE} moves them into {@code points}. The caller wraps this in a transaction, so a batch
 * is stored entirely or not at all. Within a batch the last value written for a (series, time) wins, via the
 * {@code seq} column, because one statement may not replace the same key twice.
 */
final class DuckWrites {
    private static final String MERGE = "INSERT OR REPLACE INTO points "
            + "SELECT series_id, time, arg_max(value, seq) FROM staging_points GROUP BY series_id, time";

    private DuckWrites() {
    }

    static void write(DuckDBConnection c, SeriesCatalog catalog, List<Point> points) throws SQLException {
        long seq = 0;
        try (DuckDBAppender appender = c.createAppender("staging_points")) {
            for (Point p : points) {
                for (Map.Entry<String, Number> f : p.fields().entrySet()) {
                    Number v = f.getValue();
                    long id = catalog.idFor(new SeriesKey(p.measurement(), p.tags(), f.getKey()), v instanceof Long);
                    appender.beginRow().append(id).append(p.timeNanos()).append(v.doubleValue()).append(seq++).endRow();
                }
            }
        }
        catalog.insertPending(c);
        try (Statement st = c.createStatement()) {
            st.execute(MERGE);
            st.execute("DELETE FROM staging_points");
        }
    }
}
