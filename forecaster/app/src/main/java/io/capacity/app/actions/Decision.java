package io.capacity.app.actions;

/**
 * What was decided about a plan as a whole: the part of its state that is not its actions'. A plan's
 * {@link PlanState} is derived from this and its actions' states ({@link PlanStates#derive}).
 */
public enum Decision {
    /** Nobody has decided yet. */
    RECOMMENDED,
    /** An operator approved it: its actions may run. */
    APPROVED,
    /**
     * An operator cancelled it after approving it: actions that have not started are cancelled, but the power-ons of
     * hosts it powered down, which still run ({@link PlanBook#restores}).
     */
    CANCELLED,
    /** An operator declined it. */
    DISMISSED,
    /** A newer plan for its cluster was recorded before anyone decided. */
    SUPERSEDED,
    /** Nobody decided before it expired. */
    EXPIRED
}
