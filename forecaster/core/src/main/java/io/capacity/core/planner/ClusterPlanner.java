package io.capacity.core.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.planner.cost.CostLine;
import io.capacity.core.planner.cost.Costs;
import io.capacity.core.planner.inventory.Cluster;
import io.capacity.core.planner.inventory.Host;
import io.capacity.core.planner.inventory.Inventory;
import io.capacity.core.planner.recommend.Recommender;
import io.capacity.core.planner.recommend.Situation;
import io.capacity.core.planner.schedule.Controller;
import io.capacity.core.planner.schedule.Fleet;
import io.capacity.core.planner.schedule.Needs;
import io.capacity.core.planner.schedule.Requirement;
import io.capacity.core.planner.schedule.Rules;
import io.capacity.core.planner.schedule.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans one cluster: demand bands to needs (the safety need, the bound under the target, and the mean CPU demand
 * the energy preference is judged at), needs through the power state machine, then costs and advice. Purchases,
 * binding dimensions and unmet steps are judged on the safety need alone.
 */
final class ClusterPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterPlanner.class);

    private ClusterPlanner() {
    }

    static ClusterPlan plan(Inventory inv, Cluster cluster, Map<Dimension, Forecast> f, PlanOptions o) {
        Bands bands = Bands.of(cluster.id(), f, o);
        List<Host> hosts = inv.hostsIn(cluster.id());
        double[][] need = bands.need();
        double[] expected = Packing.prefersEfficientLoad(cluster.id(), hosts, o) ? bands.expectedCpu()
                : new double[bands.horizon()];
        double load = o.expectedLoad() != null ? o.expectedLoad() : bands.expectedLoad(o.targetUtilisation());
        Fleet fleet = new Fleet(hosts, load);
        Rules rules = bands.rules(fleet, o, cluster);
        Controller plan = new Controller(fleet, rules);
        Controller held = new Controller(fleet, rules);
        int h = bands.horizon();
        boolean act = bands.grade() != Grade.BAD;
        if (!act) {
            LOG.warn("cluster {}: forecast graded BAD ({}); the plan holds the current power state and advises no"
                    + " purchase. Fix the forecast (see its grade reason) to get a plan", cluster.id(),
                    bands.gradeReason());
        }
        List<Transition> transitions = new ArrayList<>();
        List<StepPlan> steps = new ArrayList<>();
        double[] planW = new double[h];
        double[] baseW = new double[h];
        boolean budgetBlocked = false;
        int unmet = 0;
        for (int t = 0; t < h; t++) {
            if (act) {
                int coverEnd = t + rules.leadSteps() + 1;
                int keepEnd = coverEnd + rules.minOffSteps();
                transitions.addAll(plan.decide(t, new Requirement(Needs.windowMax(need, t, coverEnd),
                        Needs.windowMax(expected, t, coverEnd)), new Requirement(Needs.windowMax(need, t, keepEnd),
                        Needs.windowMax(expected, t, keepEnd))));
                budgetBlocked |= plan.lastBudgetBlocked();
                unmet += plan.lastUnmet() ? 1 : 0;
            }
            double cpu = bands.meanCpu(t, plan.readyCapacity(t, 0), load);
            planW[t] = plan.watts(t, cpu);
            baseW[t] = held.watts(t, bands.meanCpu(t, held.readyCapacity(t, 0), load));
            steps.add(new StepPlan(t, bands.timeAt(t), plan.poweredCount(), need[t][0],
                    plan.readyCapacity(t, 0), planW[t], Binding.atStep(need[t], plan, fleet)));
        }
        double[] usable = Binding.usable(fleet, rules.redundancy());
        Dimension binding = budgetBlocked ? Dimension.POWER : Binding.overall(need, usable);
        String cur = inv.currency();
        CostLine base = Costs.energy("energy, current state held", baseW, bands.start(), bands.step(), o.costs(),
                cur);
        CostLine planned = Costs.energy("energy, planned", planW, bands.start(), bands.step(), o.costs(), cur);
        Situation s = new Situation(inv, cluster, o, bands.grade(), bands.gradeReason(), bands.describe(),
                bands.start(), bands.step(), h, need, usable, bands.uplinkNeed(), fleet, rules, transitions, base,
                planned, binding, budgetBlocked);
        List<CostLine> costs = new ArrayList<>(List.of(base, planned));
        costs.addAll(Tco.lines(s, bands.bandwidthMean()));
        return new ClusterPlan(cluster.id(), h, bands.step(), bands.grade(), bands.gradeReason(), bands.describe(),
                binding, Costs.kwh(baseW, bands.step()), Costs.kwh(planW, bands.step()), unmet,
                plan.overrides(), steps, transitions, Recommender.recommend(s), costs);
    }
}
