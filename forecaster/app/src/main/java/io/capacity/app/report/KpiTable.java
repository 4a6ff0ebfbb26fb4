package io.capacity.app.report;

import java.util.List;
import java.util.stream.Collectors;

/** The KPIs as a table: each figure with what it is computed from. */
final class KpiTable {
    private KpiTable() {
    }

    static ReportTable of(WeekData d, Kpis k) {
        String plans = d.plans().latest().values().stream().map(p -> "#" + p.id())
                .collect(Collectors.joining(", "));
        return new ReportTable("kpis", List.of("figure", "value", "from"), List.of(
                new ReportTable.Row(List.of("clusters at risk", k.atRisk() + " of " + k.clusters(),
                        "criticality warning (time remaining within " + d.request().thresholds().warning().toDays()
                                + " days) or critical (within " + d.request().thresholds().critical().toDays()
                                + " days)"), k.atRisk() > 0 ? "warning" : "ok"),
                ReportTable.Row.of("days until the first cluster is full", Figures.days(k.firstFull()),
                        k.firstFullCluster() == null ? "no cluster's upper band crosses its usable capacity"
                                : "cluster " + k.firstFullCluster() + ", conservative (upper band)"),
                ReportTable.Row.of("energy saved per week", Figures.number(k.kwhSavedPerWeek()) + " kWh",
                        plans.isEmpty() ? "no plan this week" : "latest plan of each cluster (" + plans
                                + "): kWh saved over its horizon, per 7 days, vs holding today's power state"),
                ReportTable.Row.of("money saved per week", Figures.money(k.moneySavedPerWeek(), d.currency()),
                        plans.isEmpty() ? "no plan this week" : "the same plans' money saved per week"),
                ReportTable.Row.of("actions recommended / approved / applied", k.recommended() + " / " + k.approved()
                        + " / " + k.applied(), d.plans().plans().size() + " plan(s) recorded in " + d.week()),
                ReportTable.Row.of("forecast accuracy", Double.isFinite(k.mase()) ? "MASE " + Figures.mase(k.mase())
                        + ", 95 % coverage " + Figures.percent(k.coverage95()) : "-",
                        d.accuracy().size() + " cluster dimension(s) scored in " + d.week())));
    }
}
