package io.capacity.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.cost.Costs;
import io.capacity.planner.demand.DemandEvidence;
import io.capacity.planner.demand.EvidenceRule;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.recommend.Recommender;
import io.capacity.planner.recommend.Situation;
import io.capacity.planner.schedule.Controller;
import io.capacity.planner.schedule.Fleet;
import io.capacity.planner.schedule.Rules;
import io.capacity.planner.schedule.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans one cluster: demand bands to needs (the safety need, the bound under the target, and the mean CPU demand
 * the energy preference is judged at), needs through the power state machine, then costs and advice. Purchases,
 * binding dimensions and unmet steps are judged on the safety need alone.
 */
final class ClusterPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterPlanner.class);

    private ClusterPlanner() {
    }

    static ClusterPlan plan(HardwareInventory inv, Cluster cluster, Map<Dimension, Forecast> f,
                            Map<Dimension, DemandEvidence> evidence, PlanOptions o) {
        Bands bands = Bands.of(cluster.id(), f, o);
        List<Host> hosts = inv.hostsIn(cluster.id());
        Optional<String> thin = EvidenceRule.thin(hosts, f, evidence, o.upperLevel());
        Grade grade = thin.isPresent() ? Grade.BAD : bands.grade();
        String gradeReason = thin.map(w -> "thin evidence: " + w + "; " + bands.gradeReason())
                .orElse(bands.gradeReason());
        double[][] need = bands.need();
        double[] expected = Packing.prefersEfficientLoad(cluster.id(), hosts, o) ? bands.expectedCpu()
                : new double[bands.horizon()];
        double load = o.expectedLoad() != null ? o.expectedLoad() : bands.expectedLoad(o.targetUtilisation());
        Fleet fleet = new Fleet(hosts, load);
        Rules rules = bands.rules(fleet, o, cluster);
        logBreakEven(cluster, fleet, rules, o);
        boolean act = grade != Grade.BAD;
        if (thin.isPresent()) {
            LOG.warn("cluster {}: the plan holds the current power state, graded BAD, on thin evidence: {}. To get a"
                    + " plan, collect at least {} of demand history for every serving host (their metrics' host"
                    + " tags must match the inventory ids)", cluster.id(), thin.get(),
                    EvidenceRule.words(EvidenceRule.needed()));
        } else if (!act) {
            LOG.warn("cluster {}: forecast graded BAD ({}); the plan holds the current power state and advises no"
                    + " purchase. Fix the forecast (see its grade reason) to get a plan", cluster.id(),
                    bands.gradeReason());
        }
        String cur = inv.currency();
        PlanRun held = PlanRun.of(bands, need, expected, new Controller(fleet, rules), PlanRun.Mode.HOLD, load);
        // Power-downs are judged against powering on only what the bound needs: holding today's state may not
        // carry the demand, so it is no fair baseline when hosts must come on.
        PlanRun onOnly = act ? PlanRun.of(bands, need, expected, new Controller(fleet, rules),
                PlanRun.Mode.POWER_ON_ONLY, load) : held;
        PlanRun run = act ? PlanRun.of(bands, need, expected, new Controller(fleet, rules), PlanRun.Mode.SCHEDULE,
                load) : held;
        CostLine base = Costs.energy("energy, current state held", held.watts(), bands.start(), bands.step(),
                o.costs(), cur);
        CostLine noDown = Costs.energy("energy, no power-down (power-on as needed)", onOnly.watts(), bands.start(),
                bands.step(), o.costs(), cur);
        CostLine planned = Costs.energy("energy, planned", run.watts(), bands.start(), bands.step(), o.costs(), cur);
        boolean powersOff = run.transitions().stream().anyMatch(t -> !t.on());
        if (powersOff && planned.amount() >= noDown.amount() - 1e-9 && onOnly.unmet() <= run.unmet()) {
            LOG.info("cluster {}: its power-downs would cost {} {} more over the horizon than keeping every host on"
                            + " once powered (each would be booted back, idle, before it saved as much); the schedule"
                            + " powers nothing off, the cheaper of the two (nothing to override)", cluster.id(),
                    String.format("%.4f", planned.amount() - noDown.amount()), cur);
            run = onOnly;
            planned = Costs.energy("energy, planned", run.watts(), bands.start(), bands.step(), o.costs(), cur);
        }
        logWear(cluster, fleet, o, run.transitions(), noDown.amount() - planned.amount(), cur);
        boolean budgetBlocked = run.budgetBlocked();
        List<Transition> transitions = run.transitions();
        int h = bands.horizon();
        double[] usable = Binding.usable(fleet, rules.redundancy());
        Dimension binding = budgetBlocked ? Dimension.POWER : Binding.overall(need, usable);
        Situation s = new Situation(inv, cluster, o, grade, gradeReason, bands.describe(),
                bands.start(), bands.step(), h, need, usable, bands.uplinkNeed(), fleet, rules, transitions, noDown,
                planned, binding, budgetBlocked);
        List<CostLine> costs = new ArrayList<>(List.of(base, noDown, planned));
        costs.addAll(Tco.lines(s, bands.bandwidthMean()));
        List<Recommendation> advice = thin.isPresent() ? List.of(Recommender.holdOnThinEvidence(s, thin.get()))
                : Recommender.recommend(s);
        return new ClusterPlan(cluster.id(), h, bands.step(), grade, gradeReason, bands.describe(),
                binding, Costs.kwh(held.watts(), bands.step()), Costs.kwh(run.watts(), bands.step()),
                run.unmet(), run.overrides(), run.steps(), transitions, advice, costs);
    }

    /** The break-even off time of an idle host of the cluster's least efficient model, with its override. */
    private static void logBreakEven(Cluster cluster, Fleet fleet, Rules rules, PlanOptions o) {
        Host h = fleet.host(fleet.size() - 1);
        double boot = rules.leadSteps() * rules.stepHours();
        double hours = rules.breakEven().hours(h, boot, h.power().idleWatts() - h.power().standbyWatts());
        LOG.info("cluster {}: a power cycle of {} costs {} Wh ({} wear from {}, and the boot at idle); the schedule"
                        + " powers a host down only where the demand bound leaves it unneeded for its break-even off"
                        + " time, {} h for an idle host (longer where its absence saves less, up to a day; past the"
                        + " horizon the busiest planned step counts). Override the wear with power_cycle_cost in the"
                        + " inventory's costs: section (0 leaves the boot energy alone)", cluster.id(), h.id(),
                String.format("%.0f", rules.breakEven().cycleWattHours(h, boot)),
                String.format("%.3f", o.costs().cycleCost(h.price())), o.costs().cycleCostSource(),
                String.format("%.1f", hours));
    }

    /**
     * The wear of the schedule's power cycles (each power-down and the power-on undoing it) next to the energy its
     * power-downs save, so an operator sees what cycling costs; the walk weighed each power-down against its cycle
     * (docs/planner.md, "Break-even off time"), as the replay does.
     */
    private static void logWear(Cluster cluster, Fleet fleet, PlanOptions o, List<Transition> transitions,
                                double saved, String cur) {
        Map<String, Host> byId = new java.util.HashMap<>();
        fleet.hosts().forEach(h -> byId.put(h.id(), h));
        double wear = 0;
        int downs = 0;
        for (Transition t : transitions) {
            if (!t.on() && byId.containsKey(t.hostId())) {
                wear += o.costs().cycleCost(byId.get(t.hostId()).price());
                downs++;
            }
        }
        if (downs > 0) {
            LOG.info("cluster {}: the schedule's {} power-down(s) wear {} {} (each cycle at {}) against {} {} of energy"
                            + " they save over the horizon; each went dark only where the bound left it unneeded for its"
                            + " break-even off time. Set the wear with power_cycle_cost in the inventory's costs:"
                            + " section", cluster.id(), downs,
                    String.format("%.2f", wear), cur, o.costs().cycleCostSource(), String.format("%.2f", saved), cur);
        }
    }
}
