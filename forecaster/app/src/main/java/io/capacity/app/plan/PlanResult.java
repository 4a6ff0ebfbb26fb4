package io.capacity.app.plan;

import io.capacity.planner.plan.Plan;
import io.capacity.planner.scenario.WhatIf;

/** A plan, or with a what-if question the base plan next to the changed one ({@code whatIf} then non-null). */
public record PlanResult(Plan plan, WhatIf whatIf) {
    public PlanResult {
        if ((plan == null) == (whatIf == null)) {
            throw new IllegalArgumentException("a plan result holds a plan or a what-if, exactly one");
        }
    }

    /** What the front end writes: the what-if when there is one, else the plan. */
    public Object written() {
        return whatIf != null ? whatIf : plan;
    }
}
