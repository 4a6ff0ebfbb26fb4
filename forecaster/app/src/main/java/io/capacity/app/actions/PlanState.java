package io.capacity.app.actions;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of an action plan (OpenStack Watcher's, plus {@link #PARTIAL}, {@link #DISMISSED} and
 * {@link #EXPIRED}), with the states it may move to. The first four after {@link #RECOMMENDED} are an operator's or
 * the clock's decision; from {@link #PENDING} on, the state is derived from the actions' states
 * ({@link PlanStates#derive}).
 */
public enum PlanState {
    /** Made by the planner, waiting for an operator; expires at {@code expires_at}. */
    RECOMMENDED,
    /** Approved; no action has started. */
    PENDING,
    /** Some action has started or finished, others have not. */
    ONGOING,
    /** Every action that was not skipped succeeded. */
    SUCCEEDED,
    /** Some actions succeeded and others failed or were cancelled: the fleet is part way. */
    PARTIAL,
    /** An action failed and none succeeded. */
    FAILED,
    /** Cancelled after approval before any action succeeded or failed. */
    CANCELLED,
    /** A newer plan for the same cluster was recorded while this one waited. */
    SUPERSEDED,
    /** An operator declined it: unlike CANCELLED, it was never approved. */
    DISMISSED,
    /** Nobody decided before {@code expires_at}: the forecast it rests on is stale. */
    EXPIRED;

    /** The states this one may move to; empty for a final state. */
    public Set<PlanState> next() {
        return switch (this) {
            case RECOMMENDED -> EnumSet.of(PENDING, DISMISSED, SUPERSEDED, EXPIRED);
            case PENDING -> EnumSet.of(ONGOING, CANCELLED);
            case ONGOING -> EnumSet.of(SUCCEEDED, PARTIAL, FAILED, CANCELLED);
            case SUCCEEDED, PARTIAL, FAILED, CANCELLED, SUPERSEDED, DISMISSED, EXPIRED -> EnumSet.noneOf(PlanState.class);
        };
    }

    public boolean done() {
        return next().isEmpty();
    }

    /** Lower case, as the REST API and the store write it. */
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
