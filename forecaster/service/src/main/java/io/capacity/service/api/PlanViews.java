package io.capacity.service.api;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.AuditEntry;
import io.capacity.app.actions.Efficacy;
import io.capacity.app.actions.PlanAction;
import io.capacity.app.actions.PlanPage;
import io.capacity.app.actions.PlanState;
import io.capacity.planner.recommend.Rationale;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans API's documents (docs/api.md, "Plans"), field by field in their order: times in ISO-8601, states in
 * lower case, money to cents and energy to three decimals as the plan document writes them.
 */
final class PlanViews {
    private PlanViews() {
    }

    static Map<String, Object> page(PlanPage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plans", p.plans().stream().map(PlanViews::summary).toList());
        m.put("total", p.total());
        m.put("offset", p.offset());
        m.put("limit", p.limit());
        return m;
    }

    static Map<String, Object> summary(ActionPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("cluster", p.cluster());
        m.put("state", p.state().text());
        m.put("next", p.state().next().stream().map(PlanState::text).toList());
        m.put("created_at", text(p.createdAt()));
        m.put("expires_at", text(p.expiresAt()));
        m.put("generated_at", text(p.generatedAt()));
        m.put("currency", p.currency());
        m.put("efficacy", efficacy(p.efficacy()));
        m.put("action_count", p.actions().size());
        return m;
    }

    static Map<String, Object> detail(ActionPlan p, List<AuditEntry> audit) {
        Map<String, Object> m = summary(p);
        m.remove("action_count");
        m.put("actions", p.actions().stream().map(PlanViews::action).toList());
        m.put("audit", audit.stream().map(PlanViews::audit).toList());
        return m;
    }

    private static Map<String, Object> efficacy(Efficacy e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("horizon", e.horizon().toString());
        m.put("kwh_saved", round(e.kwhSaved(), 1000));
        m.put("money_saved_per_week", round(e.moneyPerWeek(), 100));
        m.put("money_saved_per_month", round(e.moneyPerMonth(), 100));
        m.put("hosts_freed", e.hostsFreed());
        return m;
    }

    private static Map<String, Object> action(PlanAction a) {
        Rationale w = a.rationale();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("band", w.band());
        r.put("threshold", w.threshold());
        r.put("grade", lower(w.grade().name()));
        r.put("grade_reason", w.gradeReason());
        r.put("binding", lower(w.binding().name()));
        r.put("cost_delta_per_week", round(w.costDeltaPerWeek(), 100));
        r.put("cost_delta_per_month", round(w.costDeltaPerMonth(), 100));
        r.put("explanation", w.explanation());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind());
        m.put("summary", a.summary());
        m.put("at", text(a.at()));
        m.put("hosts", a.hosts());
        m.put("undoes", a.undoes());
        m.put("state", lower(a.state().name()));
        m.put("note", a.note());
        m.put("rationale", r);
        return m;
    }

    private static Map<String, Object> audit(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", text(e.at()));
        m.put("action", e.actionId());
        m.put("who", e.who());
        m.put("why", e.why());
        m.put("from", e.from());
        m.put("to", e.to());
        return m;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    /** {@code v} to {@code 1/scale}; a whole result as an integer, as the plan document writes numbers. */
    private static Number round(double v, int scale) {
        double r = Math.round(v * scale) / (double) scale;
        if (r == 0) {
            return 0;
        }
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? (Number) (long) r : (Number) r;
    }
}
