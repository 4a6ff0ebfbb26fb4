package io.capacity.store.embedded;

import io.capacity.schema.SeriesKey;
import io.capacity.store.IntegerPoints;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.WindowAggregation;
import io.capacity.store.common.Nanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Raw and windowed reads in SQL. Windows are epoch-aligned with a floor that also holds before 1970
 * ({@code time - ((time % w) + w) % w}) and labelled by their start, like InfluxDB's {@code GROUP BY time}.
 */
final class DuckReads {
    private DuckReads() {
    }

    static SeriesData read(Connection c, long seriesId, SeriesQuery q) throws SQLException {
        long from = Nanos.of(q.from());
        long to = Nanos.of(q.to());
        if (q.window() == null) {
            return run(c, q, "SELECT time, value FROM points WHERE series_id = ? AND time >= ? AND time < ?"
                    + " ORDER BY time", seriesId, from, to);
        }
        long w = Nanos.of(q.window());
        String start = "(time - ((time % " + w + ") + " + w + ") % " + w + ")";
        return run(c, q, "SELECT " + start + " AS ws, " + aggregate(q.aggregation()) + " AS v FROM points"
                + " WHERE series_id = ? AND time >= ? AND time < ? GROUP BY ws ORDER BY ws", seriesId, from, to);
    }

    /** Raw points with exact integers: {@code ivalue}, or the double for rows written before that column existed. */
    static IntegerPoints readIntegers(Connection c, long seriesId, SeriesKey key, long from, long to,
                                      boolean hasIvalue) throws SQLException {
        long[] times = new long[256];
        long[] values = new long[256];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT time, value, " + (hasIvalue ? "ivalue" : "NULL")
                + " FROM points WHERE series_id = ? AND time >= ? AND time < ? ORDER BY time")) {
            ps.setLong(1, seriesId);
            ps.setLong(2, from);
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                        values = Arrays.copyOf(values, n * 2);
                    }
                    times[n] = rs.getLong(1);
                    long exact = rs.getLong(3);
                    values[n] = rs.wasNull() ? Math.round(rs.getDouble(2)) : exact;
                    n++;
                }
            }
        }
        return new IntegerPoints(key, Arrays.copyOf(times, n), Arrays.copyOf(values, n));
    }

    static String aggregate(WindowAggregation a) {
        return switch (a) {
            case MEAN -> "avg(value)";
            case MAX -> "max(value)";
            case MIN -> "min(value)";
            case SUM -> "sum(value)";
            case LAST -> "arg_max(value, time)";
            // InfluxDB's nearest rank: 1-based element floor(n * 95 / 100 + 0.5) of the sorted values (see
            // common.NearestRank); DECIMAL arithmetic is exact, so borderline ranks round as Go's float64 does.
            case P95 -> "list_sort(list(value))[CAST(floor(count(*) * 95.0 / 100.0 + 0.5) AS BIGINT)]";
        };
    }

    private static SeriesData run(Connection c, SeriesQuery q, String sql, long id, long from, long to)
            throws SQLException {
        long[] times = new long[256];
        double[] values = new double[256];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setLong(2, from);
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(2);
                    if (rs.wasNull()) {
                        continue;
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                        values = Arrays.copyOf(values, n * 2);
                    }
                    times[n] = rs.getLong(1);
                    values[n] = v;
                    n++;
                }
            }
        }
        return new SeriesData(q.key(), Arrays.copyOf(times, n), Arrays.copyOf(values, n));
    }
}
