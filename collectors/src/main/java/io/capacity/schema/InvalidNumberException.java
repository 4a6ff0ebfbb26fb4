package io.capacity.schema;

/**
 * Text that is not a number {@link Numbers} accepts, or one outside the range it must fit. Without a stack trace
 * for the same reason as {@link LineProtocolException}: a file may hold millions of them.
 */
public final class InvalidNumberException extends Exception {
    InvalidNumberException(String reason) {
        super(reason, null, false, false);
    }
}
