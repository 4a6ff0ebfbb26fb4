package io.capacity.app.actions.apply;

import io.capacity.app.actions.ActionPlan;
import java.util.List;
import java.util.Objects;

/**
 * What one apply did.
 *
 * @param plan     the plan afterwards (unchanged by a dry run)
 * @param dryRun   whether nothing was sent and nothing recorded
 * @param outcomes one per action, in order
 */
public record ApplyResult(ActionPlan plan, boolean dryRun, List<ActionOutcome> outcomes) {
    public ApplyResult {
        Objects.requireNonNull(plan, "plan");
        outcomes = List.copyOf(outcomes);
    }
}
