package io.capacity.service.json;

import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.scenario.WhatIf;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ValueSerializer;

import java.util.List;

import static io.capacity.service.json.JsonValues.number;
import static io.capacity.service.json.JsonValues.object;

/** The what-if document: the difference per cluster, then the base and the changed plan in full. */
final class WhatIfJson {
    private static final String ENERGY = "energy, planned";

    private WhatIfJson() {
    }

    static final ValueSerializer<WhatIf> WHAT_IF = object((w, g) -> {
        g.writePOJOProperty("scenario", w.scenario().name());
        number(g, "energy_cost_delta", w.energyCostDelta());
        g.writeArrayPropertyStart("clusters");
        for (ClusterPlan c : w.changed().clusters()) {
            row(g, w.base().cluster(c.cluster()), c);
        }
        g.writeEndArray();
        g.writePOJOProperty("base", w.base());
        g.writePOJOProperty("changed", w.changed());
    });

    private static void row(JsonGenerator g, ClusterPlan base, ClusterPlan changed) {
        g.writeStartObject();
        g.writePOJOProperty("cluster", changed.cluster());
        number(g, "base_plan_kwh", base.planKwh());
        number(g, "scenario_plan_kwh", changed.planKwh());
        number(g, "energy_cost_delta", changed.cost(ENERGY) - base.cost(ENERGY));
        g.writePOJOProperty("base_recommendations", summaries(base.recommendations()));
        g.writePOJOProperty("scenario_recommendations", summaries(changed.recommendations()));
        g.writeEndObject();
    }

    private static List<String> summaries(List<Recommendation> rs) {
        return rs.stream().map(Recommendation::summary).toList();
    }
}
