package io.capacity.schema;

/** How a field's values behave over time; decides whether a forecast reads it raw or as a rate. */
public enum FieldKind {
    /** A reading that can go up and down (watts, percent, bytes in use). */
    GAUGE,
    /** A monotonically increasing total that may wrap or reset; forecasts use its per-second rate. */
    COUNTER,
    /** A boolean or string that states something (a criticality, whether a band crosses): shown, never forecast. */
    STATE
}
