package io.capacity.app.actions;

import java.util.List;

/** One page of plans and how many match in all. */
public record PlanPage(List<ActionPlan> plans, int total, int offset, int limit) {
    public PlanPage {
        plans = List.copyOf(plans);
    }
}
