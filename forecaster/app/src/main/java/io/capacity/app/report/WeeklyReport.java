package io.capacity.app.report;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityBoard;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.Site;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.Plan;
import io.capacity.schema.SeriesKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: the weekly capacity report. Reads, for the week and as of its end (or now, for the week still running):
 * each cluster's capacity ({@link AssessCapacity}, or the service's {@link CapacityBoard} for the running week, so
 * the report shows what {@code GET /api/v1/capacity} does), its demand summed from the hosts' stored metrics and
 * summarised per week with Tablesaw, the pipeline's stored demand forecasts and their scorings, each host's CPU
 * (idle and flat-out hosts), the plan book's plans of the week, and the planner's plan as of then (purchases and TCO
 * with every cost line's formula and inputs); then writes the sections from those figures alone.
 */
public final class WeeklyReport {
    /** The step demand and CPU are read on. */
    static final Duration STEP = Duration.ofHours(1);
    /** Weeks of demand drawn before the forecast. */
    static final int CHART_WEEKS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyReport.class);

    private final StoreAccess stores;
    private final Clock clock;
    private final PlanBook book;
    private final Function<List<String>, CapacityBoard.Overview> live;

    /**
     * @param book the plan book; null where none is kept (its sections say so)
     * @param live the service's capacity of the given clusters (the pipeline's latest run while fresh, as
     *             {@code GET /api/v1/capacity} answers), used for the week still running; null to assess here
     */
    public WeeklyReport(StoreAccess stores, Clock clock, PlanBook book,
                        Function<List<String>, CapacityBoard.Overview> live) {
        this.stores = stores;
        this.clock = clock;
        this.book = book;
        this.live = live;
    }

    public Report run(ReportRequest r) {
        Instant now = clock.instant();
        ReportWeek week = r.week() != null ? r.week() : ReportWeek.lastComplete(now, r.zone());
        Instant from = week.start(r.zone());
        Instant to = week.end(r.zone());
        if (!from.isBefore(now)) {
            throw RequestProblem.text("{week} " + week + " has not begun yet (it starts " + from + ")", false);
        }
        Instant asOf = to.isBefore(now) ? to : now;
        WeekData data = gather(r, week, from, to, asOf, !to.isBefore(now));
        LOG.info("report {}: {} cluster(s) as of {}, {} assessed, {} plan(s) of the week", week, data.clusters().size(),
                asOf, data.capacity().ranked().size(), data.plans().plans().size());
        return ReportSections.build(data, now);
    }

    private WeekData gather(ReportRequest r, ReportWeek week, Instant from, Instant to, Instant asOf, boolean running) {
        HardwareInventory inv = r.inventory() == null ? null : Site.load(r.inventory()).inventory();
        List<String> clusters = clusters(r, inv);
        CapacityBoard.Overview capacity = capacity(r, clusters, asOf, running);
        Instant historyFrom = from.minus(Duration.ofDays(7L * (CHART_WEEKS - 1)));
        Map<String, Map<Dimension, TimeSeries>> demand = new LinkedHashMap<>();
        Map<String, Map<Dimension, Forecast>> forecasts = new LinkedHashMap<>();
        List<HostWeeks.HostWeek> hosts = new ArrayList<>();
        List<Accountability> accuracy = new ArrayList<>();
        stores.reading(s -> {
            Map<String, List<SeriesKey>> cpu = HostWeeks.cpuSeries(s);
            for (String c : clusters) {
                Cluster cluster = inv.cluster(c).orElseThrow();
                List<Host> usable = inv.hostsIn(c).stream().filter(Host::usable).toList();
                Map<Dimension, TimeSeries> d = ClusterWeek.demand(s, cluster, usable, historyFrom, asOf, STEP);
                demand.put(c, d);
                Map<Dimension, Forecast> f = new EnumMap<>(Dimension.class);
                d.keySet().forEach(dim -> ClusterWeek.forecast(s, c, dim, asOf, Duration.ofDays(14))
                        .ifPresent(x -> f.put(dim, x)));
                forecasts.put(c, f);
                hosts.addAll(HostWeeks.of(s, cpu, usable, from, asOf, STEP));
                accuracy.addAll(Accountability.read(s, c, from, to));
            }
            return null;
        });
        List<WeekStats.DimensionWeek> weeks = WeekStats.of(demand, from, to, from.minus(Duration.ofDays(7)));
        PlanActivity plans = book == null ? PlanActivity.NONE : PlanActivity.read(book, new HashSet<>(clusters), from,
                to);
        Plan plan = null;
        String planProblem = null;
        if (inv == null) {
            planProblem = "no inventory was given, so there is nothing to plan";
        } else if (weeks.stream().allMatch(w -> w.week().count() == 0)) {
            planProblem = "no cluster has stored demand in the week, so no plan was made";
        } else {
            try {
                plan = plan(r, asOf);
            } catch (RuntimeException e) {
                planProblem = "the planner could not plan as of " + asOf + ": " + e.getMessage();
                LOG.warn("report {}: {}", week, planProblem);
            }
        }
        return new WeekData(r, week, from, to, asOf, inv, clusters, capacity, demand, forecasts, weeks, hosts, plans,
                plan, planProblem, accuracy, book != null);
    }

    private static List<String> clusters(ReportRequest r, HardwareInventory inv) {
        if (inv == null) {
            if (r.cluster() != null) {
                throw RequestProblem.text("{cluster} " + r.cluster() + " needs {inventory}", true);
            }
            return List.of();
        }
        List<String> all = inv.clusters().stream().map(Cluster::id).toList();
        if (r.cluster() == null) {
            return all;
        }
        if (!all.contains(r.cluster())) {
            throw RequestProblem.of("cluster", r.cluster(), "not in the inventory; its clusters are " + all);
        }
        return List.of(r.cluster());
    }

    private CapacityBoard.Overview capacity(ReportRequest r, List<String> clusters, Instant asOf, boolean running) {
        CapacityRequest template = CapacityRequest.DEFAULTS.withThresholds(r.thresholds());
        if (clusters.isEmpty()) {
            return new CapacityBoard.Overview(List.of(), Map.of());
        }
        if (running && live != null) {
            return live.apply(clusters);
        }
        AssessCapacity assess = new AssessCapacity(stores, Clock.fixed(asOf, clock.getZone()));
        List<ClusterCapacity> ranked = new ArrayList<>();
        Map<String, String> failed = new TreeMap<>();
        for (String c : clusters) {
            try {
                ranked.add(assess.run(template.withCluster(r.inventory(), c)));
            } catch (RuntimeException e) {
                failed.put(c, e.getMessage());
            }
        }
        ranked.sort(ClusterCapacity.MOST_URGENT_FIRST);
        return new CapacityBoard.Overview(ranked, failed);
    }

    private Plan plan(ReportRequest r, Instant asOf) {
        PlanRequest p = PlanRequest.DEFAULTS.withInputs(r.inventory(), DemandSource.Stored.DEFAULTS);
        return new MakePlan(stores, Clock.fixed(asOf, clock.getZone())).run(p).plan();
    }
}
