package io.capacity.app.actions;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of one action, with the states it may move to. An action starts {@link #PENDING}; an operator may skip
 * it before it runs; the executor (apply) moves it to {@link #ONGOING} and then to {@link #SUCCEEDED} or
 * {@link #FAILED}; cancelling its plan cancels it while it has not started, and so does the executor when a
 * precondition no longer holds just before it would run ({@link PlanBook#withhold}).
 */
public enum ActionState {
    PENDING, SKIPPED, ONGOING, SUCCEEDED, FAILED, CANCELLED;

    /** The states this one may move to; empty for a final state. */
    public Set<ActionState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(SKIPPED, ONGOING, CANCELLED);
            case ONGOING -> EnumSet.of(SUCCEEDED, FAILED);
            case SKIPPED, SUCCEEDED, FAILED, CANCELLED -> EnumSet.noneOf(ActionState.class);
        };
    }

    public boolean done() {
        return next().isEmpty();
    }
}
