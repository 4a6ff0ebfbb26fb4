package io.capacity.store.embedded;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.StatePoints;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code states} table ({@link DuckSchema}): points' boolean and string fields, written in the caller's
 * transaction with the numbers of the same batch; a (series, time) written again keeps the last value.
 */
final class DuckStates {
    private DuckStates() {
    }

    /** Writes the states of {@code points}, replacing those stored at the same series and time. */
    static void write(Connection c, List<Point> points) throws SQLException {
        PreparedStatement delete = null;
        PreparedStatement insert = null;
        try {
            for (Point p : points) {
                for (Map.Entry<String, Object> e : p.states().entrySet()) {
                    if (delete == null) {
                        delete = c.prepareStatement("DELETE FROM states WHERE series_key = ? AND time = ?");
                        insert = c.prepareStatement("INSERT INTO states VALUES (?, ?, ?, ?)");
                    }
                    String key = new SeriesKey(p.measurement(), p.tags(), e.getKey()).toString();
                    delete.setString(1, key);
                    delete.setLong(2, p.timeNanos());
                    delete.executeUpdate();
                    insert.setString(1, key);
                    insert.setLong(2, p.timeNanos());
                    if (e.getValue() instanceof Boolean b) {
                        insert.setBoolean(3, b);
                        insert.setNull(4, Types.VARCHAR);
                    } else {
                        insert.setNull(3, Types.BOOLEAN);
                        insert.setString(4, (String) e.getValue());
                    }
                    insert.executeUpdate();
                }
            }
        } finally {
            if (delete != null) {
                delete.close();
                insert.close();
            }
        }
    }

    /** {@code key}'s states in [from, to), by time; empty in a file written before the table existed. */
    static StatePoints read(Connection c, SeriesKey key, long from, long to) throws SQLException {
        List<Long> times = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (exists(c)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT time, bvalue, svalue FROM states WHERE "
                    + "series_key = ? AND time >= ? AND time < ? ORDER BY time")) {
                ps.setString(1, key.toString());
                ps.setLong(2, from);
                ps.setLong(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        times.add(rs.getLong(1));
                        boolean b = rs.getBoolean(2);
                        values.add(rs.wasNull() ? rs.getString(3) : (Object) b);
                    }
                }
            }
        }
        return new StatePoints(key, times.stream().mapToLong(Long::longValue).toArray(), values);
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                + "'states' AND schema_name = 'main'"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
