package io.capacity.schema;

import java.util.Map;
import java.util.Objects;

/** A point's validated, immutable fields: {@link Long} or finite {@link Double} values by key. */
final class FieldSet extends SortedArrayMap<Number> {
    private FieldSet(String[] keys, Object[] values) {
        super(keys, values);
    }

    /** One integer field; the name is validated, no map is built. */
    static FieldSet ofInteger(String key, long value) {
        return new FieldSet(new String[] {Names.requireName("field key", key)}, new Object[] {value});
    }

    /** {@code fields} itself when it is a field set already, else a validated copy. */
    static FieldSet of(String measurement, Map<String, ? extends Number> fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields instanceof FieldSet f) {
            return f;
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("point of " + measurement + " has no fields");
        }
        String[] keys = new String[fields.size()];
        Object[] values = new Object[keys.length];
        SortedArrayMap.<Number>copySorted(fields, keys, values, (k, v) -> checkValue(Names.requireName("field key", k), v));
        return new FieldSet(keys, values);
    }

    private static Number checkValue(String field, Number v) {
        Objects.requireNonNull(v, () -> "value of field " + field);
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return v.longValue();
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("field " + field + " must be a finite number, got " + d);
        }
        return d;
    }
}
