package io.capacity.service.pipeline;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.pipeline.cluster.ClusterOutcome;
import io.capacity.app.pipeline.cluster.ClusterRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code last_plans} part of {@code /actuator/info}'s pipeline section: each cluster's plan or failure. */
final class PlansInfo {
    private PlansInfo() {
    }

    static Map<String, Object> summary(ClusterRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("started", r.started().toString());
        m.put("wall_seconds", r.wallSeconds());
        m.put("planned", r.planned());
        m.put("failed", r.failed());
        List<Map<String, Object>> clusters = new ArrayList<>();
        for (ClusterOutcome o : r.clusters()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("cluster", o.cluster());
            c.put("demand_forecasts", o.forecasts());
            if (o.planned()) {
                ActionPlan p = o.plan();
                c.put("plan_id", p.id());
                c.put("actions", p.actions().size());
                c.put("kwh_saved", Math.round(p.efficacy().kwhSaved() * 1000) / 1000.0);
                c.put("money_saved_per_week", Math.round(p.efficacy().moneyPerWeek() * 100) / 100.0);
                c.put("money_saved_per_month", Math.round(p.efficacy().moneyPerMonth() * 100) / 100.0);
                c.put("currency", p.currency());
                c.put("hosts_freed", p.efficacy().hostsFreed());
            } else {
                c.put("error", o.reason());
            }
            clusters.add(c);
        }
        m.put("clusters", clusters);
        return m;
    }
}
