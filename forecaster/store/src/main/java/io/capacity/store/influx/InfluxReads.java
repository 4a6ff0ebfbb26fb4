package io.capacity.store.influx;

import static io.capacity.store.influx.InfluxQl.ident;

import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.WindowAggregation;
import io.capacity.store.common.Nanos;
import java.util.Arrays;
import java.util.List;
import org.influxdb.dto.QueryResult;

/** Raw and windowed reads of one series in InfluxQL. */
final class InfluxReads {
    /** Rows per query; below any sensible server row limit, large enough that paging is rare. */
    static final int PAGE = 10_000;

    private final InfluxClient client;
    private final String retentionPolicy;

    InfluxReads(InfluxClient client, String retentionPolicy) {
        this.client = client;
        this.retentionPolicy = retentionPolicy;
    }

    /**
     * Pages through the result by time, so neither a server-side {@code max-row-limit} nor a huge series truncates
     * a read silently: raw pages continue after the last point, windowed pages after the last window (window
     * starts stay epoch-aligned whatever the WHERE bound).
     */
    SeriesData read(SeriesQuery q) {
        long cursor = Nanos.of(q.from());
        long to = Nanos.of(q.to());
        String what;
        String groupBy;
        long advance;
        if (q.window() == null) {
            what = ident(q.key().field()) + "::field";
            groupBy = "*";
            advance = 1;
        } else {
            what = call(q.aggregation(), ident(q.key().field()));
            groupBy = "time(" + InfluxQl.duration(q.window()) + "), * fill(none)";
            advance = Nanos.of(q.window());
        }
        String task = (q.window() == null ? "raw read" : q.aggregation() + " per " + q.window()) + " of " + q.key();
        Buffer buf = new Buffer();
        while (cursor < to) {
            List<QueryResult.Series> result = client.query(select(q.key(), what, cursor, to, groupBy)
                    + " LIMIT " + PAGE, false, task);
            QueryResult.Series s = InfluxRows.exact(result, q.key());
            List<List<Object>> rows = s == null ? List.of() : InfluxRows.rows(s);
            // Column 0 is time, column 1 the one selected field or aggregate.
            buf.add(rows, 1);
            if (rows.size() < PAGE) {
                break;
            }
            cursor = InfluxRows.timeNanos(rows.get(rows.size() - 1).get(0)) + advance;
        }
        return buf.toSeriesData(q.key());
    }

    private String select(SeriesKey key, String what, long from, long to, String groupBy) {
        String tags = InfluxQl.tagConditions(key.tags());
        return "SELECT " + what + " FROM " + InfluxQl.source(retentionPolicy, key.measurement()) + " WHERE "
                + (tags.isEmpty() ? "" : tags + " AND ") + InfluxQl.timeRange(from, to) + " GROUP BY " + groupBy;
    }

    static String call(WindowAggregation aggregation, String field) {
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

        void add(List<List<Object>> rows, int valueColumn) {
            for (List<Object> row : rows) {
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
