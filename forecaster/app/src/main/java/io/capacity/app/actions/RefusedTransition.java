package io.capacity.app.actions;

import java.util.List;
import java.util.Set;

/**
 * A transition the lifecycle does not allow from the current state (the REST API's 409): the message names the
 * state and the states it may move to, which {@link #allowed()} also lists in lower case.
 */
public final class RefusedTransition extends RuntimeException {
    private final String current;
    private final List<String> allowed;

    public RefusedTransition(String what, String current, Set<? extends Enum<?>> next, String extra) {
        super(what + ": refused from state " + current + "; allowed next states: "
                + (next.isEmpty() ? "none (final state)" : String.join(", ", names(next)))
                + (extra == null ? "" : " (" + extra + ")"));
        this.current = current;
        this.allowed = names(next);
    }

    private static List<String> names(Set<? extends Enum<?>> next) {
        return next.stream().map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    public String current() {
        return current;
    }

    public List<String> allowed() {
        return allowed;
    }
}
