package io.capacity.store.influx;

import static io.capacity.store.influx.InfluxQl.ident;

import io.capacity.schema.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.influxdb.dto.QueryResult;

/**
 * Reads the whole series list exactly, for {@link SeriesListCache}. {@code SHOW SERIES} × {@code SHOW FIELD KEYS}
 * would claim every field for every series of a measurement (InfluxDB 1.x keeps field keys per measurement, not
 * per series), so this asks for each field's last value per series — one {@code SELECT last(*) ... GROUP BY *} —
 * and keeps the pairs that have a number (a boolean or string field is a state, which reads leave out, as the
 * embedded store does). {@code last} needs only the newest block of each series and field, where
 * {@code count} reads every point; scripts/bench-series.sh times both on the same influxd (docs/benchmarks.md).
 */
final class InfluxSeriesList {
    private static final String LAST_PREFIX = "last_";

    private InfluxSeriesList() {
    }

    static List<SeriesKey> list(InfluxClient client, String retentionPolicy) {
        String from = (retentionPolicy == null ? "" : ident(retentionPolicy) + ".") + "/.*/";
        List<SeriesKey> keys = new ArrayList<>();
        for (QueryResult.Series s : client.query("SELECT last(*) FROM " + from + " GROUP BY *", false,
                "listing series")) {
            TreeMap<String, String> seriesTags = InfluxRows.tags(s);
            List<Object> row = InfluxRows.rows(s).get(0);
            for (int c = 1; c < s.getColumns().size(); c++) {
                if (row.get(c) instanceof Number) {
                    String field = s.getColumns().get(c).substring(LAST_PREFIX.length());
                    keys.add(new SeriesKey(s.getName(), seriesTags, field));
                }
            }
        }
        keys.sort(null);
        return keys;
    }
}
