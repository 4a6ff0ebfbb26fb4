package io.capacity.collectors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.FieldDef;
import io.capacity.schema.MeasurementDef;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.List;
import java.util.Map;

/**
 * Asserts points use only schema names and the schema's field types: writing a float into a field InfluxDB
 * already holds as integer (or the reverse) is a type conflict that rejects the whole batch.
 */
public final class SchemaConformance {
    private SchemaConformance() {
    }

    public static void assertConforms(List<Point> points) {
        for (Point p : points) {
            MeasurementDef m = MetricSchema.measurement(p.measurement())
                    .orElseThrow(() -> new AssertionError("measurement not in schema: " + p));
            for (Map.Entry<String, Number> f : p.fields().entrySet()) {
                FieldDef def = m.field(f.getKey()).orElseThrow(() -> new AssertionError("field not in schema: " + p));
                assertEquals(def.integer(), f.getValue() instanceof Long, "type of " + f.getKey() + " in " + p);
            }
            for (String tag : p.tags().keySet()) {
                assertTrue(MetricSchema.INVENTORY_TAGS.contains(tag) || m.tagKeys().contains(tag),
                        "tag " + tag + " not in schema: " + p);
            }
        }
    }
}
