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
 *   <li>{@code points}: (series id, epoch-nanosecond time, value), unique on (series_id, time): writing the same
 *       point again replaces its value, as InfluxDB does;</li>
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
                    + " value DOUBLE NOT NULL)");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS staging_points (series_id BIGINT NOT NULL,"
                    + " time BIGINT NOT NULL, value DOUBLE NOT NULL, seq BIGINT NOT NULL)");
        }
        c.commit();
    }
}
