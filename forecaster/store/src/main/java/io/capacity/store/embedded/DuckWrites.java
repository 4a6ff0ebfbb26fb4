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
 * One batch write: rows go through DuckDB's Appender (columnar, no per-row SQL) into the temp table
 * {@code staging_points}; then the (series, time) keys they share with {@code points} are deleted and the batch is
 * inserted, sorted by series and time so row-group min/max statistics let reads skip other series. The caller wraps
 * this in a transaction, so a batch is stored entirely or not at all. Within what is staged together the last value
 * written for a (series, time) wins, via the {@code seq} column. Inside a caller's transaction (an import of one
 * file) batches are staged and moved together: each move scans what the transaction already wrote, so moving every
 * batch on its own made one-transaction imports quadratic in their size.
 */
final class DuckWrites {
    // The time bounds let DuckDB skip row groups outside the batch's span before the semi-join (imports of new
    // data touch none of the old rows).
    private static final String DELETE_REPLACED = "DELETE FROM points WHERE time BETWEEN "
            + "(SELECT min(time) FROM staging_points) AND (SELECT max(time) FROM staging_points) "
            + "AND (series_id, time) IN (SELECT series_id, time FROM staging_points)";
    // arg_max_null, not arg_max: the ivalue of the same (last) row, also when it is NULL (a float).
    private static final String INSERT = "INSERT INTO points SELECT series_id, time, arg_max(value, seq), "
            + "arg_max_null(ivalue, seq) FROM staging_points GROUP BY series_id, time ORDER BY series_id, time";

    private DuckWrites() {
    }

    /**
     * Appends a batch to {@code staging_points}, numbering its values from {@code seq} so the last written wins;
     * returns the next number. Nothing reaches {@code points} until {@link #flush}.
     */
    static long stage(DuckDBConnection c, SeriesCatalog catalog, List<Point> points, long seq) throws SQLException {
        try (DuckDBAppender appender = c.createAppender("temp", "main", "staging_points")) {
            for (Point p : points) {
                for (Map.Entry<String, Number> f : p.fields().entrySet()) {
                    Number v = f.getValue();
                    long id = catalog.idFor(new SeriesKey(p.measurement(), p.tags(), f.getKey()), v instanceof Long);
                    appender.beginRow().append(id).append(p.timeNanos()).append(v.doubleValue())
                            .append(v instanceof Long l ? l : null).append(seq++).endRow();
                }
            }
        }
        catalog.insertPending(c);
        DuckStates.write(c, points);
        return seq;
    }

    /**
     * Moves the {@code staged} values of {@code staging_points} into {@code points}; returns how many of them
     * replaced another at the same series and time: one already stored, or an earlier one staged with them.
     */
    static long flush(DuckDBConnection c, long staged) throws SQLException {
        try (Statement st = c.createStatement()) {
            long deleted = st.executeUpdate(DELETE_REPLACED);
            long inserted = st.executeUpdate(INSERT);
            st.execute("DELETE FROM staging_points");
            return staged - inserted + deleted;
        }
    }
}
