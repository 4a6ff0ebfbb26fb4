package io.capacity.store.influx;

import static io.capacity.store.influx.InfluxQl.ident;

import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.influxdb.dto.QueryResult;

/**
 * Lists series exactly. {@code SHOW SERIES} × {@code SHOW FIELD KEYS} would claim every field for every series of a
 * measurement (InfluxDB 1.x keeps field keys per measurement, not per series), so this counts each field per
 * series instead — one {@code SELECT count(...) ... GROUP BY *} — and keeps the pairs that have points.
 */
final class InfluxSeriesList {
    private static final String COUNT_PREFIX = "count_";

    private InfluxSeriesList() {
    }

    static List<SeriesKey> list(InfluxClient client, String retentionPolicy, SeriesFilter filter) {
        String what = filter.field() == null ? "count(*)" : "count(" + ident(filter.field()) + ")";
        String from = filter.measurement() == null
                ? (retentionPolicy == null ? "" : ident(retentionPolicy) + ".") + "/.*/"
                : InfluxQl.source(retentionPolicy, filter.measurement());
        String tags = InfluxQl.tagConditions(filter.tags());
        String q = "SELECT " + what + " FROM " + from + (tags.isEmpty() ? "" : " WHERE " + tags) + " GROUP BY *";
        List<SeriesKey> keys = new ArrayList<>();
        for (QueryResult.Series s : client.query(q, false, "listing series")) {
            TreeMap<String, String> seriesTags = InfluxRows.tags(s);
            List<Object> row = InfluxRows.rows(s).get(0);
            for (int c = 1; c < s.getColumns().size(); c++) {
                if (InfluxRows.number(row.get(c)) > 0) {
                    String column = s.getColumns().get(c);
                    String field = filter.field() != null ? filter.field() : column.substring(COUNT_PREFIX.length());
                    SeriesKey key = new SeriesKey(s.getName(), seriesTags, field);
                    if (filter.matches(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        keys.sort(null);
        return keys;
    }
}
