package io.capacity.schema;

import java.util.Objects;

/**
 * One field of a measurement.
 *
 * @param name    field name exactly as written to InfluxDB
 * @param unit    unit of the stored value ("percent", "bytes", "watts", "count", ...)
 * @param kind    gauge or counter
 * @param integer whether Telegraf writes it as an integer field ({@code 123i}); writing a float into an
 *                integer field of an existing InfluxDB measurement is a type conflict, so we follow Telegraf
 */
public record FieldDef(String name, String unit, FieldKind kind, boolean integer) {
    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
    }

    static FieldDef gauge(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.GAUGE, false);
    }

    static FieldDef intGauge(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.GAUGE, true);
    }

    static FieldDef counter(String name, String unit) {
        return new FieldDef(name, unit, FieldKind.COUNTER, true);
    }
}
