package io.capacity.app.pipeline.cluster;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.Efficacy;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recorded plan's efficacy as a {@code capacity_plan} point (docs/schema.md): tags {@code cluster},
 * {@code currency} and the settings' own; the plan's id is a field, not a tag, so a point per run adds no series.
 * Beside the efficacy, the planner's energy held and planned, its transitions, purchases and unmet steps.
 */
final class PlanPoints {
    private PlanPoints() {
    }

    static Point of(ActionPlan p, ClusterPlan plan, Map<String, String> tags, Instant at) {
        TreeMap<String, String> t = new TreeMap<>(tags);
        t.put(MetricSchema.TAG_CLUSTER, p.cluster());
        t.put(MetricSchema.PLAN_TAG_CURRENCY, p.currency());
        Efficacy e = p.efficacy();
        TreeMap<String, Number> f = new TreeMap<>();
        f.put(MetricSchema.PLAN_FIELD_ID, p.id());
        f.put(MetricSchema.PLAN_FIELD_KWH_SAVED, e.kwhSaved());
        f.put(MetricSchema.PLAN_FIELD_MONEY_WEEK, e.moneyPerWeek());
        f.put(MetricSchema.PLAN_FIELD_MONEY_MONTH, e.moneyPerMonth());
        f.put(MetricSchema.PLAN_FIELD_HOSTS_FREED, (long) e.hostsFreed());
        f.put(MetricSchema.PLAN_FIELD_ACTIONS, (long) p.actions().size());
        f.put(MetricSchema.PLAN_FIELD_HORIZON_HOURS, e.horizon().toHours());
        f.put(MetricSchema.PLAN_FIELD_HELD_KWH, plan.heldKwh());
        f.put(MetricSchema.PLAN_FIELD_PLAN_KWH, plan.planKwh());
        f.put(MetricSchema.PLAN_FIELD_TRANSITIONS, (long) plan.transitions().size());
        f.put(MetricSchema.PLAN_FIELD_PURCHASES,
                plan.recommendations().stream().filter(r -> r.kind() == Kind.BUY).count());
        f.put(MetricSchema.PLAN_FIELD_UNMET_STEPS, (long) plan.unmetSteps());
        return new Point(MetricSchema.PLAN.name(), Point.tagMap(t), f, nanos(at));
    }

    static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
