package io.capacity.service.json;

import io.capacity.planner.cost.CostLine;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.plan.StepPlan;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.scenario.WhatIf;
import io.capacity.planner.schedule.Transition;
import io.capacity.planner.sim.ModelOutcome;
import io.capacity.planner.sim.PolicyStats;
import io.capacity.planner.sim.SimulationResult;
import tools.jackson.databind.module.SimpleModule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Jackson's mapping of the planner's results (plans, what-ifs, simulations), kept out of the domain records: one
 * serializer per record, in the field order the documents have always had, and the value conventions of
 * {@link JsonValues}. Register it on any Jackson 3 mapper (the CLI's {@link PlannerJson}, or Spring's).
 */
public final class PlannerJsonModule extends SimpleModule {
    public PlannerJsonModule() {
        super("capacity-planner-json");
        addSerializer(Plan.class, PlanJson.PLAN);
        addSerializer(ClusterPlan.class, PlanJson.CLUSTER);
        addSerializer(StepPlan.class, PlanJson.STEP);
        addSerializer(Transition.class, PlanJson.TRANSITION);
        addSerializer(Recommendation.class, PlanJson.RECOMMENDATION);
        addSerializer(Rationale.class, PlanJson.RATIONALE);
        addSerializer(CostLine.class, PlanJson.COST_LINE);
        addSerializer(WhatIf.class, WhatIfJson.WHAT_IF);
        addSerializer(SimulationResult.class, SimulationJson.RESULT);
        addSerializer(ModelOutcome.class, SimulationJson.OUTCOME);
        addSerializer(PolicyStats.class, SimulationJson.POLICY);
        addSerializer(Double.class, JsonValues.DOUBLE);
        addSerializer(Enum.class, JsonValues.ENUM);
        addSerializer(Instant.class, JsonValues.INSTANT);
        addSerializer(Duration.class, JsonValues.DURATION);
        addSerializer(LocalDate.class, JsonValues.DATE);
    }
}
