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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Series read together by {@link #readAll}: one SQL query's list of series ids. */
    static final int SERIES_PER_QUERY = 128;

    /**
     * Each query's answer as {@link #read} gives it, from one SQL query per range, window and aggregation for all
     * the series sharing them (at most {@link #SERIES_PER_QUERY} queries expected); a series the store does not hold
     * has no points.
     */
    static Map<SeriesQuery, SeriesData> readAll(Connection c, Function<SeriesKey, Long> ids, List<SeriesQuery> queries)
            throws SQLException {
        Map<SeriesQuery, SeriesData> out = new HashMap<>();
        Map<Shape, List<SeriesQuery>> byShape = new LinkedHashMap<>();
        for (SeriesQuery q : queries) {
            byShape.computeIfAbsent(new Shape(q.from(), q.to(), q.window(), q.window() == null ? null : q.aggregation()),
                    x -> new ArrayList<>()).add(q);
        }
        for (Map.Entry<Shape, List<SeriesQuery>> e : byShape.entrySet()) {
            Map<Long, List<SeriesQuery>> byId = new LinkedHashMap<>();
            for (SeriesQuery q : e.getValue()) {
                Long id = ids.apply(q.key());
                if (id == null) {
                    out.put(q, new SeriesData(q.key(), new long[0], new double[0]));
                } else {
                    byId.computeIfAbsent(id, x -> new ArrayList<>()).add(q);
                }
            }
            if (!byId.isEmpty()) {
                shape(c, e.getKey(), byId, out);
            }
        }
        return out;
    }

    /** What several series are read over together: the range, and the window and its aggregation (null for raw). */
    private record Shape(Instant from, Instant to, Duration window, WindowAggregation aggregation) {
    }

    private static void shape(Connection c, Shape q, Map<Long, List<SeriesQuery>> byId,
                              Map<SeriesQuery, SeriesData> out) throws SQLException {
        String in = "series_id IN (" + byId.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")";
        String sql;
        if (q.window() == null) {
            sql = "SELECT series_id, time, value FROM points WHERE " + in + " AND time >= ? AND time < ?"
                    + " ORDER BY series_id, time";
        } else {
            long w = Nanos.of(q.window());
            String start = "(time - ((time % " + w + ") + " + w + ") % " + w + ")";
            sql = "SELECT series_id, " + start + " AS ws, " + aggregate(q.aggregation()) + " AS v FROM points WHERE "
                    + in + " AND time >= ? AND time < ? GROUP BY series_id, ws ORDER BY series_id, ws";
        }
        Map<Long, long[]> times = new HashMap<>();
        Map<Long, double[]> values = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, Nanos.of(q.from()));
            ps.setLong(2, Nanos.of(q.to()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(3);
                    if (rs.wasNull()) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    int n = counts.getOrDefault(id, 0);
                    long[] t = times.computeIfAbsent(id, x -> new long[256]);
                    double[] y = values.computeIfAbsent(id, x -> new double[256]);
                    if (n == t.length) {
                        t = Arrays.copyOf(t, n * 2);
                        y = Arrays.copyOf(y, n * 2);
                        times.put(id, t);
                        values.put(id, y);
                    }
                    t[n] = rs.getLong(2);
                    y[n] = v;
                    counts.put(id, n + 1);
                }
            }
        }
        byId.forEach((id, qs) -> {
            int n = counts.getOrDefault(id, 0);
            long[] t = n == 0 ? new long[0] : Arrays.copyOf(times.get(id), n);
            double[] y = n == 0 ? new double[0] : Arrays.copyOf(values.get(id), n);
            qs.forEach(x -> out.put(x, new SeriesData(x.key(), t, y)));
        });
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
