package io.capacity.app.actions;

import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A planner's cluster plan as a recommended action plan: first one action per host and power transition of its
 * schedule, in the order they are due ({@link PowerActions}), each power-on linked to the power-down it undoes;
 * then every other recommendation (purchase, uplink, power budget, hold), one action each, in the planner's order.
 */
final class ActionPlans {
    private ActionPlans() {
    }

    static ActionPlan of(long id, ClusterPlan c, String currency, Instant generatedAt, Instant now, Duration expiry) {
        List<PlanAction> actions = new ArrayList<>();
        Map<String, Integer> offBy = new HashMap<>();
        List<PowerActions.Draft> drafts = PowerActions.of(c);
        for (PowerActions.Draft d : drafts) {
            int n = actions.size() + 1;
            Integer undoes = d.kind() == Kind.POWER_ON ? offBy.remove(d.host()) : null;
            if (d.kind() == Kind.POWER_DOWN) {
                offBy.put(d.host(), n);
            }
            actions.add(new PlanAction(n, lower(d.kind().name()), summary(d, undoes, drafts, n), d.at(),
                    List.of(d.host()), d.rationale(), undoes, ActionState.PENDING, null));
        }
        double week = 0;
        double month = 0;
        for (Recommendation r : c.recommendations()) {
            Rationale w = r.rationale();
            week += w.costDeltaPerWeek();
            month += w.costDeltaPerMonth();
            if (r.kind() != Kind.POWER_DOWN && r.kind() != Kind.POWER_ON) {
                actions.add(new PlanAction(actions.size() + 1, lower(r.kind().name()), r.summary(), r.at(), r.hosts(),
                        w, null, ActionState.PENDING, null));
            }
        }
        long freed = c.recommendations().stream().filter(r -> r.kind() == Kind.POWER_DOWN)
                .flatMap(r -> r.hosts().stream()).distinct().count();
        Efficacy e = new Efficacy(c.step().multipliedBy(c.horizon()), c.heldKwh() - c.planKwh(), zero(-week),
                zero(-month), (int) freed);
        return new ActionPlan(id, c.cluster(), now, now.plus(expiry), generatedAt, currency, Decision.RECOMMENDED, e,
                actions);
    }

    /**
     * The action in one line: a power-down says until when (its host's next power-on, found among the drafts after
     * it), a power-on which power-down it undoes, or that its host was off when the plan was made.
     */
    private static String summary(PowerActions.Draft d, Integer undoes, List<PowerActions.Draft> drafts, int n) {
        if (d.kind() == Kind.POWER_ON) {
            return "power on " + d.host() + (undoes == null ? " (off when the plan was made)"
                    : " (powered down by action " + undoes + ")") + " " + when(d) + ", ahead of the forecast rise";
        }
        for (int i = n; i < drafts.size(); i++) {
            PowerActions.Draft on = drafts.get(i);
            if (on.kind() == Kind.POWER_ON && on.host().equals(d.host())) {
                return "power down " + d.host() + " " + when(d) + " until action " + (i + 1) + " powers it on "
                        + when(on);
            }
        }
        return "power down " + d.host() + " " + when(d) + " for the rest of the horizon";
    }

    private static String when(PowerActions.Draft d) {
        return d.at() == null ? "at step " + d.step() : "at " + d.at();
    }

    private static double zero(double v) {
        return v == 0 ? 0 : v;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
