package io.capacity.schema;

import java.util.List;
import java.util.Optional;

/**
 * A measurement: its name, the tags that identify its series (besides the inventory tags) and its fields.
 */
public record MeasurementDef(String name, String description, List<String> tagKeys, List<FieldDef> fields) {
    public MeasurementDef {
        tagKeys = List.copyOf(tagKeys);
        fields = List.copyOf(fields);
    }

    public Optional<FieldDef> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldDef::name).toList();
    }
}
