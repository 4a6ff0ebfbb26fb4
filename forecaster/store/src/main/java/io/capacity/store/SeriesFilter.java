package io.capacity.store;

import io.capacity.schema.SeriesKey;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Selects series: by measurement, by field and by exact tag values; null or empty means "any".
 * The text form used on the command line is {@code measurement[,tag=value...][ field]} with {@code *} for any
 * measurement, e.g. {@code cpu,host=web1 usage_idle} or {@code *,site=fra1}.
 */
public record SeriesFilter(String measurement, String field, SortedMap<String, String> tags) {
    public SeriesFilter {
        tags = tags == null ? new TreeMap<>() : new TreeMap<>(tags);
    }

    public static SeriesFilter all() {
        return new SeriesFilter(null, null, null);
    }

    public static SeriesFilter measurement(String measurement) {
        return new SeriesFilter(measurement, null, null);
    }

    public boolean matches(SeriesKey key) {
        if (measurement != null && !measurement.equals(key.measurement())) {
            return false;
        }
        if (field != null && !field.equals(key.field())) {
            return false;
        }
        for (Map.Entry<String, String> e : tags.entrySet()) {
            if (!e.getValue().equals(key.tags().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SortedMap<String, String> tags() {
        return new TreeMap<>(tags);
    }
}
