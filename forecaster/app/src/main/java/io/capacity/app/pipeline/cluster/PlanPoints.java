package io.capacity.app.pipeline.cluster;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.Efficacy;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recorded plan's efficacy as a {@code capacity_plan} point (docs/schema.md): tags {@code cluster},
 * {@code currency} and the settings' own; the plan's id is a field, not a tag, so a point per run adds no series.
 */
final class PlanPoints {
    private PlanPoints() {
    }

    static Point of(ActionPlan p, Map<String, String> tags, Instant at) {
        TreeMap<String, String> t = new TreeMap<>(tags);
        t.put(MetricSchema.TAG_CLUSTER, p.cluster());
        t.put(MetricSchema.PLAN_TAG_CURRENCY, p.currency());
        Efficacy e = p.efficacy();
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("plan_id", p.id());
        f.put("kwh_saved", e.kwhSaved());
        f.put("money_per_week", e.moneyPerWeek());
        f.put("money_per_month", e.moneyPerMonth());
        f.put("hosts_freed", (long) e.hostsFreed());
        f.put("actions", (long) p.actions().size());
        f.put("horizon_hours", e.horizon().toHours());
        return new Point(MetricSchema.PLAN.name(), Point.tagMap(t), f,
                at.getEpochSecond() * 1_000_000_000L + at.getNano());
    }
}
