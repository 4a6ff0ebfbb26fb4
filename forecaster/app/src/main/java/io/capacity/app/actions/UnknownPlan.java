package io.capacity.app.actions;

/** No plan, or no action in a plan, has the id asked for (the REST API's 404). */
public final class UnknownPlan extends RuntimeException {
    public UnknownPlan(String message) {
        super(message);
    }
}
