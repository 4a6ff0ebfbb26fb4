package io.capacity.app.actions.apply;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.PlanAction;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * When the plan's next waiting power action is due (an apply then runs it), or empty when none waits or the next
     * has no time.
     */
    public Optional<Instant> nextDue() {
        return plan.actions().stream().filter(a -> a.state() == ActionState.PENDING && a.at() != null
                && ApplyPlan.command(a.kind()) != null).map(PlanAction::at).min(Comparator.naturalOrder());
    }
}
