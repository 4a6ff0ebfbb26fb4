package io.capacity.store.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tables of the embedded store.
 *
 * <ul>
 *   <li>{@code series}: one row per series, with its canonical key ({@link io.capacity.schema.SeriesKey} text),
 *       measurement, tags as canonical line-protocol text, field, and whether it was written as integer;</li>
 *   <li>{@code points}: (series id, epoch-nanosecond time, value, ivalue), unique on (series_id, time): writing the
 *       same point again replaces its value, as InfluxDB does. {@code value} is the double every read and aggregate
 *       uses; {@code ivalue} keeps an integer point's exact 64-bit value (NULL for floats, and in rows written before
 *       the column existed, whose integers were kept as doubles), so an export gives back what was written;</li>
 *   <li>{@code states}: (series key, time, bvalue, svalue), the boolean and string fields of points
 *       ({@link io.capacity.schema.Point#states()}): one of the two values is set. Few and small (a criticality per
 *       cluster and run), so they are keyed by the series key's text and kept out of {@code series}, whose series
 *       every read and listing treats as numbers;</li>
 *   <li>{@code staging_points}: a per-connection TEMP table (never written to the file or its WAL), the bulk-append
 *       target, emptied inside every write transaction.</li>
 * </ul>
 *
 * <p>Uniqueness is kept by the write path ({@link DuckWrites}: delete matching keys, then insert, in one
 * transaction) rather than by a PRIMARY KEY: the key's ART index made every 100k-point batch 2–3 times slower
 * and cost memory per point, while reads never use it (they scan by series and time range either way).
 */
final class DuckSchema {
    static final int VERSION = 1;

    private DuckSchema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS capacity_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
            st.execute("INSERT OR IGNORE INTO capacity_meta VALUES ('schema_version', '" + VERSION + "')");
            st.execute("CREATE TABLE IF NOT EXISTS series (id BIGINT PRIMARY KEY, series_key VARCHAR NOT NULL UNIQUE,"
                    + " measurement VARCHAR NOT NULL, tags VARCHAR NOT NULL, field VARCHAR NOT NULL,"
                    + " is_integer BOOLEAN NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS points (series_id BIGINT NOT NULL, time BIGINT NOT NULL,"
                    + " value DOUBLE NOT NULL, ivalue BIGINT)");
            st.execute("CREATE TABLE IF NOT EXISTS states (series_key VARCHAR NOT NULL, time BIGINT NOT NULL,"
                    + " bvalue BOOLEAN, svalue VARCHAR)");
            // Files written before exact integers were kept lack the column; adding it is cheap (all NULL).
            st.execute("ALTER TABLE points ADD COLUMN IF NOT EXISTS ivalue BIGINT");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS staging_points (series_id BIGINT NOT NULL,"
                    + " time BIGINT NOT NULL, value DOUBLE NOT NULL, ivalue BIGINT, seq BIGINT NOT NULL)");
        }
        c.commit();
    }

    /**
     * Checks a file opened read-only, which cannot be changed: it must hold this store's tables. Returns whether
     * {@code points} has the {@code ivalue} column (a file from before it was added has not).
     */
    static boolean checkReadOnly(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM duckdb_columns() "
                     + "WHERE table_name IN ('series', 'points') AND schema_name = 'main'")) {
            boolean series = false;
            boolean points = false;
            boolean ivalue = false;
            while (rs.next()) {
                series |= rs.getString(1).equals("series");
                points |= rs.getString(1).equals("points");
                ivalue |= rs.getString(1).equals("points") && rs.getString(2).equals("ivalue");
            }
            if (!series || !points) {
                throw new SQLException("not a valid DuckDB database file for this store: it has no series and points "
                        + "tables");
            }
            return ivalue;
        }
    }
}
