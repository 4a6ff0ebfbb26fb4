package io.capacity.service.api;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import java.util.Map;

/**
 * One series as the REST API shows it; {@code key} is the canonical text that other endpoints accept.
 */
public record SeriesView(String key, String measurement, Map<String, String> tags, String field, String kind,
                         String unit) {

    static SeriesView of(SeriesKey k) {
        String unit = MetricSchema.measurement(k.measurement()).flatMap(m -> m.field(k.field()))
                .map(f -> f.unit()).orElse(null);
        return new SeriesView(k.toString(), k.measurement(), k.tags(), k.field(),
                MetricSchema.kindOf(k.measurement(), k.field()).name().toLowerCase(java.util.Locale.ROOT), unit);
    }
}
