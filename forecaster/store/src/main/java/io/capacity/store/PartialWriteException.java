package io.capacity.store;

/**
 * A write the store refused in part: InfluxDB 1.x answers 400 "partial write" yet keeps the good points of the
 * request, and the requests sent before it are stored too. {@code stored} says how many points of the failed
 * {@link MetricStore#write} call the store kept, so a report can say what is there.
 */
public final class PartialWriteException extends StoreException {
    private final long stored;

    public PartialWriteException(String message, long stored, Throwable cause) {
        super(message, cause);
        this.stored = stored;
    }

    /** Points of the failed write call that the store kept. */
    public long stored() {
        return stored;
    }
}
