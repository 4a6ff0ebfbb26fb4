package io.capacity.app.plan;

import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.scenario.WhatIf;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A what-if question's answer for one cluster (VMware Aria's "does it fit, and what to buy"): whether its demand fits
 * the fleet over the horizon before and after the changes, the purchases (and other shortfalls) each plan advises,
 * and the difference in energy.
 *
 * @param fitsBase  the base plan meets the need with today's fleet: no step unmet and no shortfall advised
 * @param fits      the same for the plan with the changes
 * @param needBase  the base plan's shortfall advice: orders (with their order-by date), uplinks, power budget
 * @param need      the changed plan's
 * @param kwhDelta  planned IT energy of the changed plan less the base plan's, over the horizon
 * @param costDelta planned energy cost of the changed plan less the base plan's, over the horizon
 */
public record WhatIfVerdict(String cluster, boolean fitsBase, boolean fits, List<Recommendation> needBase,
                            List<Recommendation> need, double kwhDelta, double costDelta) {
    /** Advice that says the fleet falls short: buy, an uplink, a larger power budget, or a purchase held back. */
    public static final Set<Kind> SHORTFALL = EnumSet.of(Kind.BUY, Kind.UPLINK, Kind.POWER_BUDGET,
            Kind.NO_BUY_BAD_FORECAST);
    /** The cost line the planner prices planned energy under. */
    static final String ENERGY = "energy, planned";

    public WhatIfVerdict {
        needBase = List.copyOf(needBase);
        need = List.copyOf(need);
    }

    /** One verdict per cluster of the changed plan. */
    public static List<WhatIfVerdict> of(WhatIf w) {
        return w.changed().clusters().stream().map(c -> of(w.base().cluster(c.cluster()), c)).toList();
    }

    private static WhatIfVerdict of(ClusterPlan base, ClusterPlan changed) {
        List<Recommendation> needBase = shortfall(base);
        List<Recommendation> need = shortfall(changed);
        return new WhatIfVerdict(changed.cluster(), base.unmetSteps() == 0 && needBase.isEmpty(),
                changed.unmetSteps() == 0 && need.isEmpty(), needBase, need, changed.planKwh() - base.planKwh(),
                changed.cost(ENERGY) - base.cost(ENERGY));
    }

    private static List<Recommendation> shortfall(ClusterPlan p) {
        return p.recommendations().stream().filter(r -> SHORTFALL.contains(r.kind())).toList();
    }
}
