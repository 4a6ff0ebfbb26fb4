package io.capacity.core.series;

/** How several observations falling into one resampling bucket become one value. */
public enum Aggregation {
    /** Arithmetic mean of the finite observations (gauges: CPU %, watts). */
    MEAN,
    /** The latest observation by timestamp (counters and states, where the last reading is the truth). */
    LAST
}
