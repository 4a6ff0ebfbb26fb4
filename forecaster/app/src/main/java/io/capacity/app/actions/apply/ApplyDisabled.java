package io.capacity.app.actions.apply;

/** A real run was asked for where only dry runs are allowed (the REST API's 409). */
public final class ApplyDisabled extends RuntimeException {
    public ApplyDisabled(String message) {
        super(message);
    }
}
