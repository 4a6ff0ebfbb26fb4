package io.capacity.schema;

import java.util.Objects;

/**
 * One field of a measurement.
 *
 * @param name    field name exactly as written to InfluxDB
 * @param unit    unit of the stored value ("percent", "bytes", "watts", "count", ...)
 * @param kind    gauge, counter or state
 * @param type    the InfluxDB field type written: integer where Telegraf writes one ({@code 123i}; writing a float
 *                into an integer field of an existing InfluxDB measurement is a type conflict, so we follow
 *                Telegraf), boolean or string for a {@link FieldKind#STATE}
 */
public record FieldDef(String name, String unit, FieldKind kind, FieldType type) {
    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if ((kind == FieldKind.STATE) != (type == FieldType.BOOLEAN || type == FieldType.STRING)) {
            throw new IllegalArgumentException("field " + name + ": a state is a boolean or a string, and only a "
                    + "state is, got " + kind + " " + type);
        }
    }

    /** A numeric field, integer or float. */
    public FieldDef(String name, String unit, FieldKind kind, boolean integer) {
        this(name, unit, kind, integer ? FieldType.INTEGER : FieldType.FLOAT);
    }

    /** Whether it is written as an integer field. */
    public boolean integer() {
        return type == FieldType.INTEGER;
    }

    static FieldDef gauge(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.GAUGE, false);
    }

    static FieldDef intGauge(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.GAUGE, true);
    }

    static FieldDef flag(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.STATE, FieldType.BOOLEAN);
    }

    static FieldDef text(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.STATE, FieldType.STRING);
    }

    static FieldDef counter(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.COUNTER, true);
    }
}
