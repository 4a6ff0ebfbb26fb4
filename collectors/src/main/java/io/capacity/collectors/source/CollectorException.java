package io.capacity.collectors.source;

/**
 * A target could not be read (unreachable, refused, timed out, answered nonsense). The agent logs it, counts it
 * against the target and tries again next interval. Messages never carry credentials.
 */
public class CollectorException extends Exception {
    public CollectorException(String message) {
        super(message);
    }

    public CollectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
