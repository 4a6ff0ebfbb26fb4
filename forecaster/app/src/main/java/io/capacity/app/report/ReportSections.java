package io.capacity.app.report;

import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.DimensionCapacity;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.model.Dimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a report's sections from its {@link WeekData}: the fleet's (summary and KPIs, ranking, reclaimable
 * capacity, forecast accountability, week over week), then each cluster's (capacity and demand with charts,
 * recommendations, purchase plan, TCO). A section without data says why instead of showing an empty table.
 */
final class ReportSections {
    static final String SUMMARY = "Summary";
    static final String RANKING = "Clusters ranked by time remaining";
    static final String RECLAIM = "Reclaimable capacity";
    static final String ACCOUNTABILITY = "Forecast accountability";
    static final String WEEK_OVER_WEEK = "Week over week";
    static final String CAPACITY = "Capacity and demand";
    static final String RECOMMENDATIONS = "Recommendations";
    static final String PURCHASES = "Purchase plan";
    static final String TCO = "TCO breakdown";

    private ReportSections() {
    }

    static Report build(WeekData d, Instant generatedAt) {
        Kpis kpis = kpis(d);
        List<Section> out = new ArrayList<>();
        out.add(new Section("summary", SUMMARY, null, List.of(), List.of(KpiTable.of(d, kpis)), List.of(), null));
        out.add(ranking(d));
        out.add(ReclaimSection.of(d));
        out.add(accountability(d));
        out.add(weekOverWeek(d));
        for (String c : d.clusters()) {
            out.add(capacity(d, c));
            out.add(PlanSections.recommendations(d, c));
            out.add(PlanSections.purchases(d, c));
            out.add(PlanSections.tco(d, c));
        }
        return new Report(d.week(), d.request().zone(), d.from(), d.to(), d.asOf(), generatedAt, d.currency(),
                SummaryText.of(d, kpis), kpis, d.capacity().ranked(), out);
    }

    static Kpis kpis(WeekData d) {
        List<ClusterCapacity> ranked = d.capacity().ranked();
        int atRisk = (int) ranked.stream().filter(c -> c.criticality() != io.capacity.app.capacity.Criticality.OK)
                .count();
        Optional<ClusterCapacity> first = ranked.stream().filter(c -> c.timeRemaining().isPresent()).findFirst();
        double[] pooled = pooledAccuracy(d.accuracy());
        return new Kpis(ranked.size(), atRisk, first.flatMap(ClusterCapacity::timeRemaining),
                first.map(ClusterCapacity::cluster).orElse(null), d.plans().kwhPerWeek(), d.plans().moneyPerWeek(),
                d.plans().recommended(), d.plans().approved(), d.plans().applied(), pooled[0], pooled[1]);
    }

    /** Steps-weighted MASE and 95 % coverage over every scoring; NaN without any. */
    private static double[] pooledAccuracy(List<Accountability> all) {
        double steps = 0;
        double mase = 0;
        double c95 = 0;
        for (Accountability a : all) {
            if (Double.isFinite(a.mase()) && Double.isFinite(a.coverage95())) {
                steps += a.steps();
                mase += a.mase() * a.steps();
                c95 += a.coverage95() * a.steps();
            }
        }
        return steps > 0 ? new double[] {mase / steps, c95 / steps} : new double[] {Double.NaN, Double.NaN};
    }

    private static Section ranking(WeekData d) {
        if (d.inventory() == null) {
            return Section.empty("ranking", RANKING, null, "No inventory was given, so no cluster was assessed.");
        }
        List<String> notes = new ArrayList<>();
        d.capacity().failed().forEach((c, why) -> notes.add("Cluster " + c + " was not assessed: " + why));
        if (d.capacity().ranked().isEmpty()) {
            return new Section("ranking", RANKING, null, notes, List.of(), List.of(),
                    "No cluster could be assessed as of " + Figures.time(d.asOf(), d.request().zone()) + ".");
        }
        notes.add(0, Ranking.note(d.request().thresholds()));
        return new Section("ranking", RANKING, null, notes, List.of(Ranking.table(d.capacity().ranked(),
                d.request().zone())), List.of(), null);
    }

    private static Section accountability(WeekData d) {
        if (d.accuracy().isEmpty()) {
            return Section.empty("accountability", ACCOUNTABILITY, null, "No forecast of a cluster's demand was "
                    + "scored in " + d.week() + ": the pipeline scores its stored forecasts when it runs with an "
                    + "inventory.");
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Accountability a : d.accuracy()) {
            String why = a.coverage95() < 0.75 ? "actuals left the 95 % band: demand moved away from its history"
                    : a.worstMase() > 2 * Math.max(a.mase(), 1e-9) ? "one scoring far worse than the week: a spike"
                    : "not known";
            rows.add(new ReportTable.Row(List.of(a.cluster(), a.dimension(), String.valueOf(a.scorings()),
                    String.valueOf(a.steps()), Figures.mase(a.mase()), Figures.percent(a.coverage80()),
                    Figures.percent(a.coverage95()), Figures.mase(a.worstMase()),
                    Figures.time(a.worstAt(), d.request().zone()), why), a.coverage95() < 0.75 ? "warning" : null));
        }
        return new Section("accountability", ACCOUNTABILITY, null, List.of("Last week's demand forecasts against "
                + "what happened, pooled over the pipeline's scorings weighted by the steps each scored. MASE below 1 "
                + "beats a seasonal-naive forecast; coverage is to be set against 80 % and 95 %."),
                List.of(new ReportTable("accountability", List.of("cluster", "dimension", "scorings", "steps", "MASE",
                        "80 % coverage", "95 % coverage", "worst MASE", "worst at", "why"), rows)), List.of(), null);
    }

    private static Section weekOverWeek(WeekData d) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (WeekStats.DimensionWeek w : d.weeks()) {
            if (w.week().count() == 0 && w.before().count() == 0) {
                continue;
            }
            rows.add(ReportTable.Row.of(w.cluster(), dim(w.dimension()), w.dimension().unit(),
                    Figures.number(w.before().p50()), Figures.number(w.week().p50()),
                    Figures.number(w.before().p95()), Figures.number(w.week().p95()),
                    Figures.number(w.before().max()), Figures.number(w.week().max()), Figures.change(w.p95Change())));
        }
        if (rows.isEmpty()) {
            return Section.empty("week-over-week", WEEK_OVER_WEEK, null, "No stored demand in " + d.week()
                    + " or the week before, so there is nothing to compare.");
        }
        return new Section("week-over-week", WEEK_OVER_WEEK, null, List.of("Each cluster's demand in "
                + d.week() + " against " + d.week().previous() + " (hourly means summed over its hosts)."),
                List.of(new ReportTable("week_over_week", List.of("cluster", "dimension", "unit", "p50 before",
                        "p50", "p95 before", "p95", "max before", "max", "p95 change"), rows)), List.of(), null);
    }

    private static Section capacity(WeekData d, String c) {
        String id = c + "-capacity";
        Map<Dimension, TimeSeries> demand = d.demand().getOrDefault(c, Map.of());
        Optional<ClusterCapacity> cap = d.capacity().ranked().stream().filter(x -> x.cluster().equals(c)).findFirst();
        List<ReportTable.Row> rows = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        for (WeekStats.DimensionWeek w : d.weeks()) {
            if (!w.cluster().equals(c) || w.week().count() == 0) {
                continue;
            }
            Optional<DimensionCapacity> dc = cap.flatMap(x -> x.dimensions().stream()
                    .filter(y -> y.dimension() == w.dimension()).findFirst());
            double usable = dc.map(DimensionCapacity::usable).orElse(Double.NaN);
            rows.add(new ReportTable.Row(List.of(c, dim(w.dimension()), w.dimension().unit(),
                    Figures.number(w.week().p50()), Figures.number(w.week().p95()), Figures.number(w.week().max()),
                    dc.map(x -> Figures.number(x.capacity())).orElse("-"), Figures.number(usable),
                    dc.map(x -> Figures.number(x.headroom())).orElse("-"),
                    dc.map(x -> Figures.days(x.timeRemaining())).orElse("not assessed"),
                    dc.map(x -> x.method()).orElse("-")),
                    dc.map(x -> x.criticality().name().toLowerCase(Locale.ROOT)).orElse(null)));
            Forecast f = d.forecasts().getOrDefault(c, Map.of()).get(w.dimension());
            charts.add(new Chart(c + " " + dim(w.dimension()) + " (" + w.dimension().unit() + ")",
                    w.dimension().unit(), demand.get(w.dimension()), f, usable));
        }
        if (rows.isEmpty()) {
            return Section.empty(id, CAPACITY, c, "No stored demand for " + c + "'s hosts in " + d.week()
                    + ", so there is no weekly summary or chart." + cap.map(x -> "").orElse(
                    d.capacity().failed().containsKey(c) ? " Capacity: " + d.capacity().failed().get(c) : ""));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Demand in " + d.week() + " (hourly means summed over the hosts): median, 95th percentile and "
                + "maximum; capacity, usable capacity (N+K spares out, at the target utilisation), headroom (usable "
                + "less the latest demand) and time remaining as of " + Figures.time(d.asOf(), d.request().zone())
                + ". Charts: the last " + WeeklyReport.CHART_WEEKS + " weeks, the pipeline's latest stored forecast"
                + " with its 80 % and 95 % bands, and the usable capacity.");
        if (cap.isEmpty()) {
            notes.add("Capacity was not assessed: " + d.capacity().failed().getOrDefault(c, "no result"));
        }
        charts.stream().filter(x -> x.forecast() == null).forEach(x -> notes.add(x.title() + ": no stored forecast "
                + "after " + Figures.time(d.asOf(), d.request().zone()) + " (the pipeline writes one each run)."));
        return new Section(id, CAPACITY, c, notes, List.of(new ReportTable("dimensions", List.of("cluster",
                "dimension", "unit", "p50", "p95", "max", "capacity", "usable", "headroom", "time remaining",
                "forecast"), rows)), charts, null);
    }

    static String dim(Dimension d) {
        return d.name().toLowerCase(Locale.ROOT);
    }
}
