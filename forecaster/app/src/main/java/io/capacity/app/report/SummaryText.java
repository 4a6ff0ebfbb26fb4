package io.capacity.app.report;

import io.capacity.app.capacity.ClusterCapacity;
import java.util.Optional;

/** The summary paragraph, written from the figures alone. */
final class SummaryText {
    private SummaryText() {
    }

    static String of(WeekData d, Kpis k) {
        StringBuilder s = new StringBuilder();
        s.append("Week ").append(d.week()).append(" (").append(Figures.day(d.from(), d.request().zone()))
                .append(" to ").append(Figures.day(d.to().minusSeconds(1), d.request().zone())).append(", ")
                .append(d.request().zone()).append(").");
        if (d.inventory() == null) {
            s.append(" No inventory was given, so no cluster was assessed.");
        } else if (k.clusters() == 0) {
            s.append(" None of the ").append(d.clusters().size()).append(" cluster(s) could be assessed");
            s.append(d.demand().values().stream().allMatch(java.util.Map::isEmpty)
                    ? ": no stored demand for their hosts." : ".");
        } else {
            s.append(' ').append(k.atRisk()).append(" of ").append(k.clusters()).append(" cluster(s) at risk.");
            Optional<ClusterCapacity> first = d.capacity().ranked().stream()
                    .filter(c -> c.cluster().equals(k.firstFullCluster())).findFirst();
            if (first.isPresent()) {
                s.append(' ').append(first.get().cluster()).append(" is the first to run out, of ")
                        .append(ReportSections.dim(first.get().mostConstrained().dimension())).append(", in ")
                        .append(Figures.days(k.firstFull())).append('.');
            } else {
                s.append(" No cluster runs out within the capacity horizon.");
            }
        }
        if (!d.bookKept()) {
            s.append(" No plan book is kept here, so no plan activity is reported.");
        } else if (d.plans().plans().isEmpty()) {
            s.append(" No plan was recorded during the week.");
        } else {
            s.append(" Against holding today's power state, the latest plans save ")
                    .append(Figures.number(k.kwhSavedPerWeek())).append(" kWh per week and ")
                    .append(k.moneySavedPerWeek() >= 0 ? "save " + Figures.money(k.moneySavedPerWeek(), d.currency())
                            : "cost " + Figures.money(-k.moneySavedPerWeek(), d.currency()) + " more (purchases "
                            + "included)").append(" per week; ").append(k.recommended())
                    .append(" action(s) recommended, ").append(k.approved()).append(" approved, ").append(k.applied())
                    .append(" applied.");
        }
        if (Double.isFinite(k.mase())) {
            s.append(" The week's demand forecasts scored MASE ").append(Figures.mase(k.mase())).append(" with ")
                    .append(Figures.percent(k.coverage95())).append(" of actuals inside the 95 % band")
                    .append(k.coverage95() < 0.85 ? ": read their bands with care." : ".");
        } else {
            s.append(" No demand forecast was scored during the week.");
        }
        return s.toString();
    }
}
