package io.capacity.store;

/** The one exception a store throws for infrastructure failures: unreachable server, I/O error, rejected write. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
