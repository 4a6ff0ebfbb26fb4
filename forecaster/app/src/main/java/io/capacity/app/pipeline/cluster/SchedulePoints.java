package io.capacity.app.pipeline.cluster;

import io.capacity.app.actions.ActionPlan;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.StepPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.schedule.Transition;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recorded plan's schedule and purchases as points (docs/schema.md): one {@code capacity_plan_step} per step of
 * its horizon, at the step's time (hosts powered, expected draw, CPU needed and ready, the power-ons and power-offs
 * decided at it), and one {@code capacity_purchase} per purchase it recommends, at the run's time, with the date the
 * capacity is needed and the date to order by (needed minus the procurement lead).
 */
final class SchedulePoints {
    private static final String PURCHASE_ITEM = "purchase ";

    private SchedulePoints() {
    }

    static List<Point> of(ActionPlan p, ClusterPlan plan, double leadDays, Map<String, String> tags, Instant at) {
        TreeMap<String, String> t = new TreeMap<>(tags);
        t.put(MetricSchema.TAG_CLUSTER, p.cluster());
        List<Point> out = new ArrayList<>(plan.steps().size() + 1);
        int[] ons = new int[plan.steps().size()];
        int[] offs = new int[plan.steps().size()];
        for (Transition x : plan.transitions()) {
            if (x.step() < ons.length) {
                (x.on() ? ons : offs)[x.step()]++;
            }
        }
        for (StepPlan s : plan.steps()) {
            if (s.at() == null) {
                continue;
            }
            TreeMap<String, Number> f = new TreeMap<>();
            f.put(MetricSchema.STEP_FIELD_PLAN_ID, p.id());
            f.put(MetricSchema.STEP_FIELD_HOSTS_POWERED, (long) s.powered());
            f.put(MetricSchema.STEP_FIELD_WATTS, finite(s.watts()));
            f.put(MetricSchema.STEP_FIELD_CPU_NEED, finite(s.cpuNeed()));
            f.put(MetricSchema.STEP_FIELD_CPU_READY, finite(s.cpuReady()));
            f.put(MetricSchema.STEP_FIELD_POWER_ONS, (long) ons[s.step()]);
            f.put(MetricSchema.STEP_FIELD_POWER_OFFS, (long) offs[s.step()]);
            out.add(new Point(MetricSchema.PLAN_STEP.name(), Point.tagMap(t), f, PlanPoints.nanos(s.at())));
        }
        for (Recommendation r : plan.recommendations()) {
            if (r.kind() == Kind.BUY) {
                out.add(purchase(p, r, leadDays, t, at));
            }
        }
        return out;
    }

    private static Point purchase(ActionPlan p, Recommendation r, double leadDays, Map<String, String> tags,
                                  Instant at) {
        CostLine capex = r.costs().stream().filter(c -> c.item().startsWith(PURCHASE_ITEM)).findFirst()
                .orElseThrow(() -> new IllegalStateException("cluster " + p.cluster() + ": purchase '" + r.summary()
                        + "' has no purchase cost line"));
        TreeMap<String, String> t = new TreeMap<>(tags);
        t.put(MetricSchema.PURCHASE_TAG_MODEL, capex.item().substring(PURCHASE_ITEM.length()));
        t.put(MetricSchema.PLAN_TAG_CURRENCY, p.currency());
        TreeMap<String, Number> f = new TreeMap<>();
        f.put(MetricSchema.PURCHASE_FIELD_PLAN_ID, p.id());
        f.put(MetricSchema.PURCHASE_FIELD_HOSTS, ((Number) capex.inputs().get("count")).longValue());
        f.put(MetricSchema.PURCHASE_FIELD_CAPEX, capex.amount());
        if (r.at() != null) {
            f.put(MetricSchema.PURCHASE_FIELD_NEEDED_AT, r.at().getEpochSecond());
            f.put(MetricSchema.PURCHASE_FIELD_ORDER_BY,
                    r.at().minus(Duration.ofMillis((long) (leadDays * 86_400_000))).getEpochSecond());
        }
        return new Point(MetricSchema.PURCHASE.name(), Point.tagMap(t), f, PlanPoints.nanos(at));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
