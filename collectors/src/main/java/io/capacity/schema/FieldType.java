package io.capacity.schema;

/** An InfluxDB field type, as {@code SHOW FIELD KEYS} names it. */
public enum FieldType {
    FLOAT, INTEGER, BOOLEAN, STRING
}
