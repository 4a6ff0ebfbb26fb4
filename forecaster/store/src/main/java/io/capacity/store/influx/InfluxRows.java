package io.capacity.store.influx;

import io.capacity.schema.SeriesKey;
import io.capacity.store.StoreException;
import io.capacity.store.common.Nanos;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.influxdb.dto.QueryResult;

/**
 * Reading influxdb-java results. Times are requested as RFC 3339 strings (no {@code epoch} parameter) because the
 * JSON decoder turns numbers into doubles, which cannot hold epoch nanoseconds exactly; the strings can.
 */
final class InfluxRows {
    private InfluxRows() {
    }

    static long timeNanos(Object cell) {
        if (!(cell instanceof String s)) {
            throw new StoreException("InfluxDB returned a time that is not RFC 3339 text: " + cell);
        }
        try {
            return Nanos.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            throw new StoreException("InfluxDB returned an unreadable time '" + s + "'", e);
        }
    }

    /** A numeric cell as double, or NaN for null (a window or series without that field). */
    static double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Tags of a GROUP BY * result without the empty values InfluxDB reports for tag keys a series lacks. */
    static TreeMap<String, String> tags(QueryResult.Series s) {
        TreeMap<String, String> tags = new TreeMap<>();
        if (s.getTags() != null) {
            s.getTags().forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    tags.put(k, v);
                }
            });
        }
        return tags;
    }

    /** The result series that is exactly {@code key}'s tag set (a WHERE on tags also matches supersets). */
    static QueryResult.Series exact(List<QueryResult.Series> series, SeriesKey key) {
        Map<String, String> want = key.tags();
        for (QueryResult.Series s : series) {
            if (tags(s).equals(want)) {
                return s;
            }
        }
        return null;
    }

    /** Rows of a result series; InfluxDB omits {@code values} when there are none. */
    static List<List<Object>> rows(QueryResult.Series s) {
        return s.getValues() == null ? List.of() : s.getValues();
    }

    static int column(QueryResult.Series s, String name) {
        int i = s.getColumns().indexOf(name);
        if (i < 0) {
            throw new StoreException("InfluxDB result has no column '" + name + "', only " + s.getColumns());
        }
        return i;
    }
}
