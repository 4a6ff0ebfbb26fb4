package io.capacity.service.json;

import io.capacity.planner.cost.CostLine;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.plan.StepPlan;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.schedule.Transition;
import tools.jackson.databind.ValueSerializer;

import static io.capacity.service.json.JsonValues.number;
import static io.capacity.service.json.JsonValues.object;
import static io.capacity.service.json.JsonValues.round;

/** The plan document ({@code ./capacity plan -o FILE}; docs/planner.md, "Plan JSON"): field names and order. */
final class PlanJson {
    private PlanJson() {
    }

    static final ValueSerializer<Plan> PLAN = object((p, g) -> {
        g.writePOJOProperty("generated_at", p.generatedAt());
        g.writePOJOProperty("currency", p.currency());
        g.writePOJOProperty("clusters", p.clusters());
    });

    static final ValueSerializer<ClusterPlan> CLUSTER = object((c, g) -> {
        g.writePOJOProperty("cluster", c.cluster());
        g.writeNumberProperty("horizon", c.horizon());
        g.writePOJOProperty("step", c.step());
        g.writePOJOProperty("grade", c.grade());
        g.writePOJOProperty("grade_reason", c.gradeReason());
        g.writePOJOProperty("band", c.band());
        g.writePOJOProperty("binding", c.binding());
        number(g, "held_kwh", round(c.heldKwh(), 3));
        number(g, "plan_kwh", round(c.planKwh(), 3));
        g.writeNumberProperty("unmet_steps", c.unmetSteps());
        g.writeNumberProperty("hysteresis_overrides", c.hysteresisOverrides());
        g.writePOJOProperty("recommendations", c.recommendations());
        g.writePOJOProperty("costs", c.costs());
        g.writePOJOProperty("transitions", c.transitions());
        g.writePOJOProperty("steps", c.steps());
    });

    static final ValueSerializer<StepPlan> STEP = object((s, g) -> {
        g.writeNumberProperty("step", s.step());
        g.writePOJOProperty("at", s.at());
        g.writeNumberProperty("powered", s.powered());
        number(g, "cpu_need", round(s.cpuNeed(), 1));
        number(g, "cpu_ready", round(s.cpuReady(), 1));
        number(g, "watts", round(s.watts(), 1));
        g.writePOJOProperty("binding", s.binding());
    });

    static final ValueSerializer<Transition> TRANSITION = object((t, g) -> {
        g.writeNumberProperty("step", t.step());
        g.writePOJOProperty("host", t.hostId());
        g.writeStringProperty("action", t.on() ? "power_on" : "power_off");
        g.writeBooleanProperty("hysteresis_override", t.override());
    });

    static final ValueSerializer<Recommendation> RECOMMENDATION = object((r, g) -> {
        g.writePOJOProperty("kind", r.kind());
        g.writePOJOProperty("summary", r.summary());
        g.writeNumberProperty("step", r.step());
        g.writePOJOProperty("at", r.at());
        g.writePOJOProperty("hosts", r.hosts());
        g.writePOJOProperty("rationale", r.rationale());
        g.writePOJOProperty("costs", r.costs());
    });

    static final ValueSerializer<Rationale> RATIONALE = object((r, g) -> {
        g.writePOJOProperty("band", r.band());
        number(g, "threshold", r.threshold());
        g.writePOJOProperty("grade", r.grade());
        g.writePOJOProperty("grade_reason", r.gradeReason());
        g.writePOJOProperty("binding", r.binding());
        number(g, "cost_delta_per_week", round(r.costDeltaPerWeek(), 2));
        number(g, "cost_delta_per_month", round(r.costDeltaPerMonth(), 2));
        g.writePOJOProperty("explanation", r.explanation());
    });

    /** Shared by plans and simulations: the amount in cents, the inputs in the order the formula names them. */
    static final ValueSerializer<CostLine> COST_LINE = object((c, g) -> {
        g.writePOJOProperty("item", c.item());
        number(g, "amount", round(c.amount(), 2));
        g.writePOJOProperty("currency", c.currency());
        g.writePOJOProperty("formula", c.formula());
        g.writePOJOProperty("inputs", c.inputs());
    });
}
