package io.capacity.collectors.delivery;

/**
 * A batch was not stored. {@link #retryable()} tells the sender whether the same batch may succeed later (store
 * down, timeout, 5xx) or never will (malformed points, type conflict), in which case it is counted as rejected
 * and skipped so one bad batch cannot block everything behind it.
 */
public class SinkException extends Exception {
    private final boolean retryable;

    public SinkException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public SinkException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
