package io.capacity.app.plan;

import io.capacity.planner.Plan;
import io.capacity.planner.scenario.WhatIf;

/** A plan, or with a what-if question the base plan next to the changed one ({@code whatIf} then non-null). */
public record PlanResult(Plan plan, WhatIf whatIf) {
    public PlanResult {
        if ((plan == null) == (whatIf == null)) {
            throw new IllegalArgumentException("a plan result holds a plan or a what-if, exactly one");
        }
    }

    /** The plan's JSON, or the what-if's. */
    public String toJson() {
        return whatIf != null ? whatIf.toJson() : plan.toJson();
    }
}
