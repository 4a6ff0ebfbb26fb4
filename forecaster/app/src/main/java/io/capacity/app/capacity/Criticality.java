package io.capacity.app.capacity;

/** How soon a dimension runs out, against {@link CapacityThresholds}; the order is from worst to best. */
public enum Criticality {
    CRITICAL, WARNING, OK
}
