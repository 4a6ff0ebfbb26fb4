package io.capacity.core.time;

/**
 * Text that {@link TimestampParser} does not accept: the reason, and the text itself so each caller quotes it in
 * its own way (the importer shortens and escapes it). Checked so no reader can forget it, and without a stack
 * trace because a file of garbage may raise millions of them and the trace says nothing the reason does not.
 */
public final class TimestampException extends Exception {
    private final String reason;
    private final String value;

    TimestampException(String reason, String value) {
        super(value.isEmpty() ? reason : reason + " (" + value + ")", null, false, false);
        this.reason = reason;
        this.value = value;
    }

    /** What is wrong and, for text that is no timestamp at all, the accepted forms; without the value. */
    public String reason() {
        return reason;
    }

    /** The refused text, as it was given (empty for an empty cell). */
    public String value() {
        return value;
    }
}
