package io.capacity.app.actions;

import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A planner's cluster plan as a recommended action plan: one action per recommendation, in the planner's order. */
final class ActionPlans {
    private ActionPlans() {
    }

    static ActionPlan of(long id, ClusterPlan c, String currency, Instant generatedAt, Instant now, Duration expiry) {
        List<PlanAction> actions = new ArrayList<>();
        double week = 0;
        double month = 0;
        for (Recommendation r : c.recommendations()) {
            Rationale w = r.rationale();
            week += w.costDeltaPerWeek();
            month += w.costDeltaPerMonth();
            actions.add(new PlanAction(actions.size() + 1, lower(r.kind().name()), r.summary(), r.at(), r.hosts(),
                    new Advice(w.band(), w.threshold(), lower(w.grade().name()), w.gradeReason(),
                            lower(w.binding().name()), w.costDeltaPerWeek(), w.costDeltaPerMonth(), w.explanation()),
                    ActionState.PENDING, null));
        }
        long freed = c.recommendations().stream().filter(r -> r.kind() == Kind.POWER_DOWN)
                .flatMap(r -> r.hosts().stream()).distinct().count();
        Efficacy e = new Efficacy(c.step().multipliedBy(c.horizon()), c.heldKwh() - c.planKwh(), zero(-week),
                zero(-month), (int) freed);
        return new ActionPlan(id, c.cluster(), now, now.plus(expiry), generatedAt, currency, Decision.RECOMMENDED, e,
                actions);
    }

    private static double zero(double v) {
        return v == 0 ? 0 : v;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
