package io.capacity.app.report;

import io.capacity.app.actions.ActionPlan;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Recommendation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A cluster's plan sections: the book's recommendations with their state, the purchase plan and the TCO. */
final class PlanSections {
    private PlanSections() {
    }

    static Section recommendations(WeekData d, String c) {
        String id = c + "-recommendations";
        if (!d.bookKept()) {
            return Section.empty(id, ReportSections.RECOMMENDATIONS, c, "No plan book is kept here (the service's "
                    + "state under --data-dir holds it), so no recommendation is reported.");
        }
        List<ActionPlan> plans = d.plans().plans().stream().filter(p -> p.cluster().equals(c)).toList();
        if (plans.isEmpty()) {
            return Section.empty(id, ReportSections.RECOMMENDATIONS, c, "No plan was recorded for " + c + " in "
                    + d.week() + ".");
        }
        ZoneId z = d.request().zone();
        List<ReportTable.Row> planRows = new ArrayList<>();
        for (ActionPlan p : plans) {
            planRows.add(ReportTable.Row.of(c, "#" + p.id(), Figures.time(p.createdAt(), z),
                    p.state().name().toLowerCase(Locale.ROOT), String.valueOf(p.actions().size()),
                    Figures.number(p.efficacy().kwhSaved()), Figures.money(p.efficacy().moneyPerWeek(), p.currency()),
                    String.valueOf(p.efficacy().hostsFreed())));
        }
        ActionPlan latest = d.plans().latest().get(c);
        return new Section(id, ReportSections.RECOMMENDATIONS, c, List.of(plans.size() + " plan(s) recorded for " + c
                + " in " + d.week() + "; the actions below are the latest plan's (#" + latest.id() + "), savings per "
                + "week as minus each action's cost delta; power changes due together are one row."),
                List.of(new ReportTable("plans", List.of("cluster", "plan", "recorded", "state", "actions",
                        "kWh saved (horizon)", "saved per week", "hosts freed"), planRows),
                        ActionRows.table(c, latest, z)), List.of(), null);
    }

    static Section purchases(WeekData d, String c) {
        String id = c + "-purchases";
        Optional<ClusterPlan> plan = clusterPlan(d, c);
        if (plan.isEmpty()) {
            return Section.empty(id, ReportSections.PURCHASES, c, noPlan(d, c));
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Recommendation r : plan.get().recommendations()) {
            if (r.kind() == Kind.BUY || r.kind() == Kind.NO_BUY_BAD_FORECAST) {
                double cost = r.costs().stream().filter(x -> x.item().startsWith("purchase"))
                        .mapToDouble(CostLine::amount).sum();
                rows.add(ReportTable.Row.of(c, r.summary(), Figures.time(r.at(), d.request().zone()),
                        Figures.money(cost, d.currency()), r.rationale().explanation(), costs(r.costs())));
            }
        }
        if (rows.isEmpty()) {
            return new Section(id, ReportSections.PURCHASES, c, List.of("Nothing to order: the planner's forecast of "
                    + c + " stays within its usable capacity over the plan's horizon (as of "
                    + Figures.time(d.asOf(), d.request().zone()) + ")."), List.of(), List.of(), null);
        }
        return new Section(id, ReportSections.PURCHASES, c, List.of("Orders the planner advises as of "
                + Figures.time(d.asOf(), d.request().zone()) + ", each dated by when the forecast crosses the usable "
                + "capacity less the procurement lead time (the inventory's costs: section)."), List.of(new ReportTable("purchases", List.of("cluster", "order", "needed at", "cost",
                "why", "cost lines"), rows)), List.of(), null);
    }

    static Section tco(WeekData d, String c) {
        String id = c + "-tco";
        Optional<ClusterPlan> plan = clusterPlan(d, c);
        if (plan.isEmpty() || plan.get().costs().isEmpty()) {
            return Section.empty(id, ReportSections.TCO, c, plan.isEmpty() ? noPlan(d, c)
                    : "The planner priced nothing for " + c + ".");
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        double total = 0;
        for (CostLine l : plan.get().costs()) {
            boolean counted = counted(l);
            rows.add(ReportTable.Row.of(c, l.item(), Figures.money(l.amount(), l.currency()), counted ? "yes" : "no",
                    l.formula(), inputs(l)));
            total += counted ? l.amount() : 0;
        }
        rows.add(ReportTable.Row.of(c, "total", Figures.money(total, d.currency()), "", "sum of the counted lines",
                ""));
        return new Section(id, ReportSections.TCO, c, List.of("Cost of ownership over the plan's horizon of "
                + plan.get().horizon() + " steps of " + plan.get().step().toMinutes() + " min, each line with its "
                + "formula and inputs: capex amortisation, energy × PUE × tariff, 95th-percentile bandwidth, "
                + "maintenance. The energy of holding today's state and of powering on only are the alternatives the "
                + "plan is compared with, shown but not counted."), List.of(new ReportTable("tco", List.of("cluster",
                "item", "amount", "counted", "formula", "inputs"), rows)), List.of(), null);
    }

    /** Energy is counted as planned; the other energy lines are the alternatives it is compared with. */
    private static boolean counted(CostLine l) {
        return !l.item().startsWith("energy") || l.item().equals("energy, planned") || l.item().equals("energy");
    }

    private static Optional<ClusterPlan> clusterPlan(WeekData d, String c) {
        return d.plan() == null ? Optional.empty()
                : d.plan().clusters().stream().filter(p -> p.cluster().equals(c)).findFirst();
    }

    private static String noPlan(WeekData d, String c) {
        return d.plan() == null ? "No plan: " + d.planProblem() + "."
                : "The planner made no plan for " + c + " (no stored demand for its hosts).";
    }

    private static String costs(List<CostLine> lines) {
        return lines.stream().map(l -> l.item() + " " + Figures.money(l.amount(), l.currency()))
                .collect(Collectors.joining("; "));
    }

    private static String inputs(CostLine l) {
        return l.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
