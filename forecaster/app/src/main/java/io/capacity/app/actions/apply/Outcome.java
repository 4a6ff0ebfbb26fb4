package io.capacity.app.actions.apply;

import java.util.Locale;

/** What applying did with one action, or (dry run) would do. */
public enum Outcome {
    /** Dry run: every precondition holds; these commands would be sent. */
    WOULD_RUN,
    /** Dry run: it would fail (a host without a BMC, a BMC that cannot be read). */
    WOULD_FAIL,
    /** Dry run: a precondition does not hold, so it would not run. */
    WOULD_NOT_RUN,
    /** Every host reached the target power state, read back from its BMC. */
    SUCCEEDED,
    /** It ran and some host did not reach the target state, or it could not run (the reason says which). */
    FAILED,
    /** A precondition did not hold just before it would have run: nothing was sent, the action is cancelled. */
    NOT_RUN,
    /** Not a power action: apply leaves it to the operator. */
    NOT_APPLICABLE,
    /**
     * Its time has not come, or it is a power-on whose power-down has not run yet: left waiting, for a later apply
     * (or name it to run it now).
     */
    NOT_DUE,
    /** It was no longer waiting (skipped, cancelled or finished before). */
    NOT_WAITING;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
