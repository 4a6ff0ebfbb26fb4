package io.capacity.app.actions;

import java.util.Collection;

/** The one place a plan's state is computed: from the decision about it and its actions' states. */
public final class PlanStates {
    private PlanStates() {
    }

    /**
     * The plan's state. Undecided, dismissed, superseded and expired plans are in the state of that name. Once
     * approved (or cancelled after approval), the actions that were not skipped decide: any still running, or some
     * finished while others wait, is {@code ONGOING}; all waiting is {@code PENDING}; once all are finished, any
     * failure is {@code FAILED}, or {@code PARTIAL} when another action succeeded, so a plan with a failed action is
     * never {@code SUCCEEDED}; cancelled actions beside succeeded ones are {@code PARTIAL} too, and without them
     * {@code CANCELLED}.
     *
     * @throws IllegalArgumentException for an approved plan with no action left to run (the book never makes one)
     */
    public static PlanState derive(Decision decision, Collection<ActionState> actions) {
        switch (decision) {
            case RECOMMENDED: return PlanState.RECOMMENDED;
            case DISMISSED: return PlanState.DISMISSED;
            case SUPERSEDED: return PlanState.SUPERSEDED;
            case EXPIRED: return PlanState.EXPIRED;
            default: break;
        }
        int live = 0;
        int waiting = 0;
        int running = 0;
        int succeeded = 0;
        int failed = 0;
        int cancelled = 0;
        for (ActionState a : actions) {
            switch (a) {
                case SKIPPED -> live--;
                case PENDING -> waiting++;
                case ONGOING -> running++;
                case SUCCEEDED -> succeeded++;
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
            }
            live++;
        }
        if (live == 0) {
            throw new IllegalArgumentException("an approved plan needs an action that is not skipped");
        }
        if (running > 0) {
            return PlanState.ONGOING;
        }
        if (waiting > 0) {
            return waiting == live ? PlanState.PENDING : PlanState.ONGOING;
        }
        if (failed > 0 || cancelled > 0) {
            return succeeded > 0 ? PlanState.PARTIAL : failed > 0 ? PlanState.FAILED : PlanState.CANCELLED;
        }
        return PlanState.SUCCEEDED;
    }
}
