package io.capacity.app.report;

import io.capacity.app.StoreAccess;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.DimensionCapacity;
import io.capacity.app.capacity.RunCapacity;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.Site;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.model.Dimension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: the fleet as the service holds it now, for its web pages, written as the report's sections (so the
 * pages render them with the report's template and charts): the clusters ranked by time remaining from the
 * scheduled pipeline's latest capacity run ({@link Ranking}, the report's table), then per cluster its dimensions'
 * capacity and a chart per dimension of the demand summed from its hosts' stored metrics with the pipeline's latest
 * stored forecast and the usable capacity. Before the pipeline's first run (or without one) the ranking says so
 * rather than showing an empty table; a cluster whose hosts have no stored demand says so instead of a chart.
 */
public final class FleetNow {
    /** Demand drawn before the forecast on each chart. */
    public static final Duration HISTORY = Duration.ofDays(14);
    /** How far ahead a chart reads the stored forecast. */
    static final Duration AHEAD = Duration.ofDays(14);

    /**
     * What to show.
     *
     * @param inventory  the service's inventory; null when it has none (the sections say so)
     * @param thresholds the criticality thresholds the capacity was rated with
     * @param zone       the zone times are written in
     * @param why        what to say when {@code capacity} is null: why there is no assessment yet
     */
    public record Request(Path inventory, CapacityThresholds thresholds, ZoneId zone, String why) {
        public Request {
            Objects.requireNonNull(thresholds, "thresholds");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * The fleet's sections.
     *
     * @param at         when they were written
     * @param assessedAt the capacity run's time; null without one
     * @param ranking    the clusters ranked by time remaining (or why there is no ranking)
     * @param clusters   one section per cluster of the inventory, in the ranking's order (unranked ones last)
     */
    public record Fleet(Instant at, Instant assessedAt, Section ranking, List<Section> clusters) {
        public Fleet {
            Objects.requireNonNull(ranking, "ranking");
            clusters = List.copyOf(clusters);
        }
    }

    private final StoreAccess stores;
    private final Clock clock;

    public FleetNow(StoreAccess stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** The fleet from {@code capacity}, the pipeline's latest run (null before the first, or without one). */
    public Fleet run(Request r, RunCapacity capacity) {
        Instant now = clock.instant();
        if (r.inventory() == null) {
            return new Fleet(now, null, Section.empty("ranking", ReportSections.RANKING, null,
                    "No inventory: start the service with --inventory FILE (or --demo) to see its clusters."),
                    List.of());
        }
        HardwareInventory inv = Site.load(r.inventory()).inventory();
        Map<String, ClusterCapacity> assessed = capacity == null ? Map.of() : capacity.clusters();
        List<ClusterCapacity> ranked = assessed.values().stream().sorted(ClusterCapacity.MOST_URGENT_FIRST).toList();
        Section ranking = ranking(r, capacity, ranked, inv);
        List<String> order = new ArrayList<>(ranked.stream().map(ClusterCapacity::cluster).toList());
        inv.clusters().stream().map(Cluster::id).filter(c -> !order.contains(c)).forEach(order::add);
        Map<String, Map<Dimension, TimeSeries>> demand = new LinkedHashMap<>();
        Map<String, Map<Dimension, Forecast>> forecasts = new LinkedHashMap<>();
        stores.reading(s -> {
            for (String c : order) {
                Cluster cluster = inv.cluster(c).orElseThrow();
                List<Host> usable = inv.hostsIn(c).stream().filter(Host::usable).toList();
                Map<Dimension, TimeSeries> d = ClusterWeek.demand(s, cluster, usable, now.minus(HISTORY), now,
                        WeeklyReport.STEP);
                demand.put(c, d);
                Map<Dimension, Forecast> f = new LinkedHashMap<>();
                d.keySet().forEach(dim -> ClusterWeek.forecast(s, c, dim, now, AHEAD).ifPresent(x -> f.put(dim, x)));
                forecasts.put(c, f);
            }
            return null;
        });
        List<Section> clusters = new ArrayList<>();
        for (String c : order) {
            clusters.add(cluster(r, c, Optional.ofNullable(assessed.get(c)), demand.get(c), forecasts.get(c), now));
        }
        return new Fleet(now, capacity == null ? null : capacity.computedAt(), ranking, clusters);
    }

    /** A fleet that could not be read, saying why in place of the ranking. */
    public static Fleet unreadable(Instant at, String why) {
        return new Fleet(at, null, Section.empty("ranking", ReportSections.RANKING, null, why), List.of());
    }

    private static Section ranking(Request r, RunCapacity capacity, List<ClusterCapacity> ranked,
                                   HardwareInventory inv) {
        if (capacity == null) {
            return Section.empty("ranking", ReportSections.RANKING, null, r.why());
        }
        List<String> notes = new ArrayList<>();
        notes.add(Ranking.note(r.thresholds()));
        inv.clusters().stream().map(Cluster::id).filter(c -> !capacity.clusters().containsKey(c)).forEach(c ->
                notes.add("Cluster " + c + " was not assessed by the run at "
                        + Figures.time(capacity.computedAt(), r.zone()) + " (its log line says why)."));
        if (ranked.isEmpty()) {
            return new Section("ranking", ReportSections.RANKING, null, notes, List.of(), List.of(),
                    "The pipeline's run at " + Figures.time(capacity.computedAt(), r.zone()) + " assessed no cluster.");
        }
        return new Section("ranking", ReportSections.RANKING, null, notes,
                List.of(Ranking.table(ranked, r.zone())), List.of(), null);
    }

    private static Section cluster(Request r, String c, Optional<ClusterCapacity> cap, Map<Dimension, TimeSeries> demand,
                                   Map<Dimension, Forecast> forecasts, Instant now) {
        String id = "cluster-" + c;
        String heading = "Cluster " + c;
        List<ReportTable.Row> rows = new ArrayList<>();
        cap.ifPresent(x -> x.dimensions().forEach(d -> rows.add(row(d))));
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<Dimension, TimeSeries> e : demand.entrySet()) {
            Dimension dim = e.getKey();
            double usable = cap.flatMap(x -> x.dimensions().stream().filter(d -> d.dimension() == dim).findFirst())
                    .map(DimensionCapacity::usable).orElse(Double.NaN);
            Forecast f = forecasts.get(dim);
            String title = c + " " + ReportSections.dim(dim) + " (" + dim.unit() + ")";
            charts.add(new Chart(title, dim.unit(), e.getValue(), f, usable));
            if (f == null) {
                notes.add(title + ": no stored forecast after " + Figures.time(now, r.zone()) + " yet (the pipeline "
                        + "writes one each run).");
            }
        }
        if (rows.isEmpty() && charts.isEmpty()) {
            return Section.empty(id, heading, c, "No stored demand for " + c + "'s hosts in the last "
                    + HISTORY.toDays() + " days yet, and no capacity assessed, so there is nothing to chart.");
        }
        notes.add(0, (cap.isPresent() ? "Capacity as the pipeline's run at " + Figures.time(cap.get().computedAt(),
                r.zone()) + " assessed it; most constrained: " + ReportSections.dim(cap.get().mostConstrained()
                .dimension()) + ". " : "Capacity not assessed yet. ") + "Charts: the last " + HISTORY.toDays()
                + " days of demand summed over the hosts, the pipeline's latest stored forecast with its 80 % and "
                + "95 % bands, and the usable capacity.");
        List<ReportTable> tables = rows.isEmpty() ? List.of() : List.of(new ReportTable("dimensions", List.of(
                "dimension", "unit", "usage", "capacity", "usable", "headroom", "time remaining", "aggressive",
                "forecast", "grade"), rows));
        return new Section(id, heading, c, notes, tables, charts, null);
    }

    private static ReportTable.Row row(DimensionCapacity d) {
        return new ReportTable.Row(List.of(ReportSections.dim(d.dimension()), d.dimension().unit(),
                Figures.number(d.usage()), Figures.number(d.capacity()), Figures.number(d.usable()),
                Figures.number(d.headroom()), Figures.days(d.timeRemaining()), Figures.days(d.aggressiveRemaining()),
                d.method() == null ? "-" : d.method(),
                d.quality() == null ? "-" : d.quality().grade().name().toLowerCase(Locale.ROOT)),
                d.criticality().name().toLowerCase(Locale.ROOT));
    }
}
