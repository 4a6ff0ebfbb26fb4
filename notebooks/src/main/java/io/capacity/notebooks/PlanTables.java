package io.capacity.notebooks;

import io.capacity.app.plan.WhatIfVerdict;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Recommendation;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One cluster's plans as Tablesaw tables: what each scenario saves and where it falls short, and its advice. */
public final class PlanTables {
    static final String HELD = "energy, current state held";
    static final String PLANNED = "energy, planned";

    private PlanTables() {
    }

    /**
     * One row per scenario: IT energy over the horizon if today's power states are held and under the plan, the
     * share saved, their energy cost (PUE and tariff included) and the money saved, the steps the plan could not
     * cover, and the shortfall advice ({@link WhatIfVerdict#SHORTFALL}: buy, uplink, power budget) in words.
     */
    public static Table scenarios(String name, Map<String, ClusterPlan> plans) {
        StringColumn scenario = StringColumn.create("scenario");
        DoubleColumn held = DoubleColumn.create("kWh held");
        DoubleColumn planned = DoubleColumn.create("kWh planned");
        DoubleColumn saved = DoubleColumn.create("saved %");
        DoubleColumn costHeld = DoubleColumn.create("cost held");
        DoubleColumn costPlanned = DoubleColumn.create("cost planned");
        IntColumn unmet = IntColumn.create("unmet steps");
        StringColumn shortfall = StringColumn.create("shortfall advice");
        for (Map.Entry<String, ClusterPlan> e : plans.entrySet()) {
            ClusterPlan p = e.getValue();
            scenario.append(e.getKey());
            held.append(p.heldKwh());
            planned.append(p.planKwh());
            saved.append(p.heldKwh() > 0 ? 100 * (p.heldKwh() - p.planKwh()) / p.heldKwh() : Double.NaN);
            costHeld.append(p.cost(HELD));
            costPlanned.append(p.cost(PLANNED));
            unmet.append(p.unmetSteps());
            shortfall.append(p.recommendations().stream().filter(r -> WhatIfVerdict.SHORTFALL.contains(r.kind()))
                    .map(Recommendation::summary).collect(Collectors.joining("; ")));
        }
        return Table.create(name, scenario, held, planned, saved, costHeld, costPlanned, unmet, shortfall);
    }

    /** A plan's advice, one row per recommendation in the planner's order: its kind, the step it starts at, words. */
    public static Table advice(String name, ClusterPlan p) {
        StringColumn kind = StringColumn.create("kind");
        IntColumn step = IntColumn.create("step");
        StringColumn summary = StringColumn.create("summary");
        for (Recommendation r : p.recommendations()) {
            kind.append(r.kind().name().toLowerCase(java.util.Locale.ROOT));
            step.append(r.step());
            summary.append(r.summary());
        }
        return Table.create(name, kind, step, summary);
    }
}
