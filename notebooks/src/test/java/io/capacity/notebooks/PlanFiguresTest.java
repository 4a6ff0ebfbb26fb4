package io.capacity.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.StoreAccess;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.plan.WhatIfSpec;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.StepPlan;
import io.capacity.planner.scenario.WhatIf;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The README's what-if example (docs/examples: 24 R640s, Alibaba demand; workload +33 %, two more hosts). */
class PlanFiguresTest {
    private static final Path EXAMPLES = Path.of("../docs/examples");
    private static Map<String, ClusterPlan> plans;

    @BeforeAll
    static void plan() {
        PlanRequest r = PlanRequest.DEFAULTS.withInputs(EXAMPLES.resolve("inventory.yaml"),
                new DemandSource.File(EXAMPLES.resolve("demand-c1.csv"))).withGrid(Duration.ofDays(1),
                Duration.ofHours(1)).withWhatIf(new WhatIfSpec(33.0, null, List.of("2:r640"), List.of(), null, null,
                null, null, null));
        WhatIf w = new MakePlan(StoreAccess.shared(null), Clock.systemUTC()).run(r).whatIf();
        plans = new LinkedHashMap<>();
        plans.put("base", w.base().cluster("c1"));
        plans.put("+33 %", w.changed().cluster("c1"));
    }

    @Test
    void theScenariosTableSaysWhatEachPlanSavesAndWhereItFallsShort() {
        Table t = PlanTables.scenarios("c1", plans);
        assertEquals(List.of("base", "+33 %"), t.stringColumn("scenario").asList());
        // The README's figures for this example: 114.1 kWh planned vs 114.0 held; the what-if 148.2 vs 144.4.
        assertEquals(114.0, t.doubleColumn("kWh held").get(0), 0.05);
        assertEquals(114.1, t.doubleColumn("kWh planned").get(0), 0.05);
        assertEquals(148.2, t.doubleColumn("kWh planned").get(1), 0.05);
        ClusterPlan base = plans.get("base");
        assertEquals(100 * (base.heldKwh() - base.planKwh()) / base.heldKwh(), t.doubleColumn("saved %").get(0), 1e-9);
        assertEquals(base.cost(PlanTables.PLANNED), t.doubleColumn("cost planned").get(0), 0);
        // Flat 0.15 EUR/kWh at PUE 1.5 (docs/examples/inventory.yaml): each cost is its energy priced.
        assertEquals(base.planKwh() * 1.5 * 0.15, t.doubleColumn("cost planned").get(0), 0.01);
        assertEquals(base.heldKwh() * 1.5 * 0.15, t.doubleColumn("cost held").get(0), 0.01);
        assertTrue(t.stringColumn("shortfall advice").get(1).contains("order 2 x r640 now"),
                t.stringColumn("shortfall advice").get(1));
    }

    @Test
    void theAdviceTableListsEveryRecommendationInOrder() {
        ClusterPlan base = plans.get("base");
        Table t = PlanTables.advice("base advice", base);
        assertEquals(base.recommendations().size(), t.rowCount());
        assertEquals("power_down", t.stringColumn("kind").get(0));
        assertEquals(base.recommendations().get(0).summary(), t.stringColumn("summary").get(0));
    }

    @Test
    void thePlanPlotDrawsNeedReadyAndPoweredHostsPerScenario() {
        CombinedDomainXYPlot both = (CombinedDomainXYPlot) new PlanPlot("c1", plans).chart().getPlot();
        XYPlot cores = both.getSubplots().get(0);
        XYPlot hosts = both.getSubplots().get(1);
        assertEquals(4, cores.getDataset().getSeriesCount());
        assertEquals(2, hosts.getDataset().getSeriesCount());
        List<StepPlan> steps = plans.get("+33 %").steps();
        assertEquals(24, cores.getDataset().getItemCount(3));
        assertEquals(steps.get(5).cpuReady(), cores.getDataset().getYValue(3, 5), 0);
        assertEquals(steps.get(5).cpuNeed(), cores.getDataset().getYValue(2, 5), 0);
        assertEquals(steps.get(5).powered(), hosts.getDataset().getYValue(1, 5), 0);
        assertEquals(steps.get(5).at().toEpochMilli(), hosts.getDataset().getXValue(1, 5), 0);
        assertEquals(Charts.HEIGHT * 3 / 2, new PlanPlot("c1", plans).image().getHeight());
    }

    @Test
    void barsGroupTheirFiguresBySeriesAndCategory() {
        Bars b = Bars.of("energy", "kWh");
        for (Map.Entry<String, ClusterPlan> e : plans.entrySet()) {
            b = b.with("held", e.getKey(), e.getValue().heldKwh()).with("planned", e.getKey(), e.getValue().planKwh());
        }
        CategoryPlot p = b.chart().getCategoryPlot();
        assertEquals(2, p.getDataset().getRowCount());
        assertEquals(2, p.getDataset().getColumnCount());
        assertEquals(plans.get("+33 %").planKwh(), p.getDataset().getValue("planned", "+33 %").doubleValue(), 0);
        assertTrue(ForecastPlotTest.near(b.image(), Charts.colour(1)));
    }
}
