package io.capacity.schema;

/**
 * A line of line protocol that does not make a point; the message is the reason, quoting the offending part.
 * Checked so that no caller forgets that a line can be bad, and without a stack trace because an importer may meet
 * millions of bad lines and the trace would say nothing the reason does not.
 */
public final class LineProtocolException extends Exception {
    LineProtocolException(String reason) {
        super(reason, null, false, false);
    }
}
