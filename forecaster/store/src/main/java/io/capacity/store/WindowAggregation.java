package io.capacity.store;

/** How raw points inside one window become one value. */
public enum WindowAggregation {
    MEAN, MAX, MIN, SUM, LAST,
    /** 95th percentile, nearest rank (InfluxDB's {@code percentile()} definition, reproduced by the embedded store). */
    P95
}
