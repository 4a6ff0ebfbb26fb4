package io.capacity.store.influx;

import static io.capacity.store.influx.InfluxQl.ident;

import io.capacity.schema.SeriesKey;
import io.capacity.store.Aggregation;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.common.Nanos;
import java.util.Arrays;
import java.util.List;
import org.influxdb.dto.QueryResult;

/** Raw and windowed reads of one series in InfluxQL. */
final class InfluxReads {
    /** Raw reads are paged by time so a server-side row limit or a huge series never truncates silently. */
    static final int PAGE = 50_000;

    private final InfluxClient client;
    private final String retentionPolicy;

    InfluxReads(InfluxClient client, String retentionPolicy) {
        this.client = client;
        this.retentionPolicy = retentionPolicy;
    }

    SeriesData read(SeriesQuery q) {
        return q.window() == null ? raw(q) : windowed(q);
    }

    private SeriesData raw(SeriesQuery q) {
        long cursor = Nanos.of(q.from());
        long to = Nanos.of(q.to());
        Buffer buf = new Buffer();
        while (true) {
            List<QueryResult.Series> result = client.query(select(q.key(), ident(q.key().field()) + "::field",
                    cursor, to, "*") + " ORDER BY time ASC LIMIT " + PAGE, false, "raw read of " + q.key());
            QueryResult.Series s = InfluxRows.exact(result, q.key());
            int rows = s == null ? 0 : InfluxRows.rows(s).size();
            if (rows > 0) {
                // Column 0 is time, column 1 the one selected field.
                buf.add(s, 1);
                cursor = InfluxRows.timeNanos(InfluxRows.rows(s).get(rows - 1).get(0)) + 1;
            }
            if (rows < PAGE) {
                return buf.toSeriesData(q.key());
            }
        }
    }

    private SeriesData windowed(SeriesQuery q) {
        String call = call(q.aggregation(), ident(q.key().field()));
        String groupBy = "time(" + InfluxQl.duration(q.window()) + "), *";
        List<QueryResult.Series> result = client.query(select(q.key(), call + " AS " + ident("v"),
                Nanos.of(q.from()), Nanos.of(q.to()), groupBy) + " fill(none)", false,
                q.aggregation() + " per " + q.window() + " of " + q.key());
        QueryResult.Series s = InfluxRows.exact(result, q.key());
        Buffer buf = new Buffer();
        if (s != null) {
            buf.add(s, InfluxRows.column(s, "v"));
        }
        return buf.toSeriesData(q.key());
    }

    private String select(SeriesKey key, String what, long from, long to, String groupBy) {
        String tags = InfluxQl.tagConditions(key.tags());
        return "SELECT " + what + " FROM " + InfluxQl.source(retentionPolicy, key.measurement()) + " WHERE "
                + (tags.isEmpty() ? "" : tags + " AND ") + InfluxQl.timeRange(from, to) + " GROUP BY " + groupBy;
    }

    static String call(Aggregation aggregation, String field) {
        return switch (aggregation) {
            case MEAN -> "mean(" + field + ")";
            case MAX -> "max(" + field + ")";
            case MIN -> "min(" + field + ")";
            case SUM -> "sum(" + field + ")";
            case LAST -> "last(" + field + ")";
            case P95 -> "percentile(" + field + ", 95)";
        };
    }

    /** Growable time/value columns; rows with a null value (field absent) are skipped. */
    private static final class Buffer {
        private long[] times = new long[256];
        private double[] values = new double[256];
        private int n;

        void add(QueryResult.Series s, int valueColumn) {
            for (List<Object> row : InfluxRows.rows(s)) {
                double v = InfluxRows.number(row.get(valueColumn));
                if (Double.isNaN(v)) {
                    continue;
                }
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                times[n] = InfluxRows.timeNanos(row.get(0));
                values[n] = v;
                n++;
            }
        }

        SeriesData toSeriesData(SeriesKey key) {
            return new SeriesData(key, Arrays.copyOf(times, n), Arrays.copyOf(values, n));
        }
    }
}
