package io.capacity.app.query;

/** Where an answer's forecast came from. */
public enum Source {
    /** Read from the store: written by the scheduled pipeline's last run. */
    STORED,
    /** Computed for this request. */
    COMPUTED,
    /** Served from memory: stored or computed for an earlier request, and no newer data or run since. */
    CACHED
}
