package io.capacity.app.pipeline.cluster;

import io.capacity.app.DurationText;
import io.capacity.app.StoreAccess;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.RecordPlans;
import io.capacity.app.demand.StoredDemand;
import io.capacity.app.pipeline.CachedChoices;
import io.capacity.app.pipeline.FallbackNotes;
import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.RunCapacity;
import io.capacity.app.pipeline.RunWrites;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.demand.DemandEvidence;
import io.capacity.planner.inventory.Cluster;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.store.ClusterDemand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import io.capacity.app.pipeline.ForecastScoring;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.core.batch.Parallel;
import io.capacity.core.forecast.Forecast;
import io.capacity.planner.Site;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.schema.SeriesKey;
import io.capacity.store.forecast.StoredForecasts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: the scheduled pipeline's per-cluster work (see the package comment). Each run reads the inventory
 * again (an edited file takes effect at the next run), then per cluster, in parallel on every core (the series'
 * thread count if higher):
 * the summed demand from the store; the last run's stored demand forecasts scored against it (a
 * {@code capacity_forecast_accuracy} point per dimension, and a cached choice whose errors left the calibrated band
 * dropped, as the per-series run does); its forecast per dimension with the cached model choice (chosen again as
 * the per-series ones are), written as {@code capacity_forecast}; a plan from those forecasts, recorded as recommended
 * (superseding the cluster's older recommended plan); its efficacy as a {@code capacity_plan} point, its schedule as
 * {@code capacity_plan_step} and its purchases as {@code capacity_purchase} points; its capacity from the same fits
 * forecast over the capacity's horizon (power too under a budget), kept in the run for {@code GET /api/v1/capacity}
 * and written as {@code capacity_headroom} points with the run's batched writes; then the book's plans by state
 * ({@code capacity_plan_states}). Runs must not overlap: the service's scheduler serialises them.
 */
public final class ClusterPlans {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterPlans.class);

    private final StoreAccess stores;
    private final Clock clock;
    private final ClusterSettings settings;
    private final CachedChoices choices;
    private final ForecastScoring scoring;
    private final RecordPlans record;
    private final Pattern exclude;
    private final PlanBook book;
    private volatile boolean costsLogged;

    /** {@code state} keeps the demand series' model choices (its own file: their horizon is the plan's). */
    public ClusterPlans(StoreAccess stores, Clock clock, ClusterSettings settings, PipelineState state, PlanBook book) {
        this.stores = stores;
        this.clock = clock;
        this.settings = settings;
        this.choices = new CachedChoices(settings.auto(), state, settings.pipeline().chooseEvery());
        // A drifted choice is dropped after the per-series run's horizon of rolling steps: the plan's week of steps
        // would take a week of hourly scorings, more than the rolling window holds.
        this.scoring = new ForecastScoring(stores, state, settings.auto().name(), settings.plan().season(),
                Math.min(settings.plan().steps(), settings.pipeline().horizon()), settings.pipeline().chooseEvery(),
                null);
        this.record = new RecordPlans(new MakePlan(stores, clock), book);
        this.book = book;
        this.exclude = StoredDemand.exclude(((DemandSource.Stored) settings.plan().demand()).bandwidthExclude());
    }

    public ClusterRun run() {
        Instant now = clock.instant();
        long wall = System.nanoTime();
        Site site;
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(settings.inventory());
            site = Site.load(settings.inventory());
        } catch (RuntimeException | IOException e) {
            LOG.warn("cluster plans: the inventory {} does not read ({}); no cluster is planned this run",
                    settings.inventory(), e.getMessage());
            return new ClusterRun(now, (System.nanoTime() - wall) / 1e9, List.of());
        }
        if (!costsLogged) {
            MakePlan.logCosts(settings.inventory(), site);
            costsLogged = true;
        }
        Instant scoreFrom = choices.state().lastRun().orElse(now.minus(settings.plan().step().multipliedBy(
                settings.plan().steps())));
        Map<String, List<Host>> byCluster = new TreeMap<>(StoredDemand.byCluster(site.inventory().hosts()));
        RunWrites writes = new RunWrites(stores);
        FallbackNotes fallbacks = new FallbackNotes();
        List<Callable<ClusterOutcome>> tasks = byCluster.entrySet().stream().<Callable<ClusterOutcome>>map(
                e -> () -> one(e.getKey(), e.getValue(), site, now, scoreFrom, writes, fallbacks)).toList();
        // Every core, whatever the series' thread count: a few series per cluster, and the plans wait on them.
        int threads = Math.max(settings.pipeline().threads(), Runtime.getRuntime().availableProcessors());
        List<ClusterOutcome> out = Parallel.invokeAll(tasks, threads, "cluster-plans");
        Set<SeriesKey> unwritten = writes.finish();
        if (!unwritten.isEmpty()) {
            LOG.warn("cluster plans: the capacity_headroom points of {} dimension(s) were not written this run; "
                    + "GET /api/v1/capacity still answers from the run", unwritten.size());
        }
        choices.state().ranAt(now);
        try {
            stores.writing(st -> {
                st.write(BookPoints.of(book, settings.tags(), now));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("cluster plans: the plan book's counts by state were not written this run ({})", e.getMessage());
        }
        Map<String, ClusterCapacity> assessed = new TreeMap<>();
        out.stream().filter(o -> o.capacity() != null).forEach(o -> assessed.put(o.cluster(), o.capacity()));
        ClusterRun run = new ClusterRun(now, (System.nanoTime() - wall) / 1e9, out,
                new RunCapacity(settings.capacity(), now, modified, assessed));
        LOG.info(run.summary());
        fallbacks.log("cluster plans");
        return run;
    }

    private ClusterOutcome one(String cluster, List<Host> hosts, Site site, Instant now, Instant scoreFrom,
                               RunWrites writes, FallbackNotes fallbacks) {
        int written = 0;
        int chosen = 0;
        int scored = 0;
        ClusterCapacity capacity = null;
        try {
            Cluster c = site.inventory().cluster(cluster).orElse(null);
            List<StoredDemand.Series> demand = new ArrayList<>();
            Optional<TimeSeries> power = stores.reading(s -> {
                demand.addAll(StoredDemand.read(s, cluster, hosts, exclude, now.minus(settings.history()), now,
                        settings.plan().step()));
                return c == null || !Double.isFinite(c.powerBudgetWatts()) ? Optional.<TimeSeries>empty()
                        : ClusterDemand.powerWatts(s, cluster, hosts.stream().map(Host::id).toList(),
                        now.minus(settings.history()), now, settings.plan().step());
            });
            if (demand.isEmpty()) {
                throw new IllegalStateException("no stored cpu, mem or net data for its hosts in the last "
                        + DurationText.of(settings.history()));
            }
            DemandForecasts d = null;
            List<AssessCapacity.Demand> longer = new ArrayList<>();
            List<TimeSeries> series = new ArrayList<>(demand.stream().map(StoredDemand.Series::series).toList());
            power.ifPresent(series::add);
            for (TimeSeries y : series) {
                Dimension dim = AssessCapacity.Demand.dimensionOf(y.id());
                SeriesKey key = DemandKeys.of(cluster, dim, settings.tags());
                scored += scoring.score(key, y, scoreFrom, now) ? 1 : 0;
                CachedChoices.Fit fit = choices.fit(key.toString(), y, now);
                if (fit.fellBack()) {
                    fallbacks.add(key.toString(), fit.model().selection().decision());
                }
                if (fit.chose()) {
                    scoring.chose(key.toString());
                }
                // One fit, two forecasts: the plan's week (as stored) and the capacity's horizon. A model's first
                // week of a longer forecast is not always its week forecast (docs/architecture.md), so the plan
                // keeps its own.
                Forecast fc = fit.model().forecast(settings.plan().steps(), settings.levels());
                longer.add(new AssessCapacity.Demand(dim, y, fit.model().forecast(settings.capacity().steps(),
                        settings.capacityLevels())));
                stores.writing(st -> {
                    StoredForecasts.write(st, key, fc, now);
                    return null;
                });
                written++;
                chosen += fit.chose() ? 1 : 0;
                if (dim.hostProvided()) {
                    d = (d == null ? DemandForecasts.of(cluster, dim, fc) : d.with(cluster, dim, fc))
                            .withEvidence(cluster, dim, evidence(demand, y));
                }
            }
            capacity = capacity(cluster, site, longer, now, writes);
            RecordPlans.Recorded r = record.recordFromForecasts(settings.plan(), site, d, cluster, PlanBook.PLANNER,
                    why(now));
            ActionPlan p = r.recorded().get(0);
            ClusterPlan made = r.plan().cluster(cluster);
            stores.writing(st -> {
                st.write(List.of(PlanPoints.of(p, made, settings.tags(), now)));
                st.write(SchedulePoints.of(p, made, site.costs().procurementLead(), settings.tags(), now));
                return null;
            });
            double week = p.efficacy().moneyPerWeek();
            LOG.info("cluster {}: plan {} recommended ({} action{}; over {} h: {} kWh saved, {} {} {} a week, {} "
                            + "host(s) freed) from {} demand forecasts ({} chosen by backtest)", cluster, p.id(),
                    p.actions().size(), p.actions().size() == 1 ? "" : "s", p.efficacy().horizon().toHours(),
                    String.format("%.1f", p.efficacy().kwhSaved()), week < 0 ? "costs" : "saves",
                    String.format("%.2f", Math.abs(week)), p.currency(), p.efficacy().hostsFreed(), written, chosen);
            return new ClusterOutcome(cluster, written, chosen, scored, p, null, capacity);
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("cluster {}: no plan this run ({}); the other clusters go on", cluster, why);
            return new ClusterOutcome(cluster, written, chosen, scored, null, why, capacity);
        }
    }

    private static DemandEvidence evidence(List<StoredDemand.Series> demand, TimeSeries y) {
        return demand.stream().filter(x -> x.series() == y).findFirst().orElseThrow().evidence();
    }

    /**
     * The cluster's capacity from the run's forecasts over the capacity's horizon, its points handed to the run's
     * writes; null (logged) when it cannot be assessed, which does not stop the plan.
     */
    private ClusterCapacity capacity(String cluster, Site site, List<AssessCapacity.Demand> demand, Instant now,
                                     RunWrites writes) {
        try {
            CapacityRequest r = settings.capacity().withCluster(settings.inventory(), cluster);
            ClusterCapacity c = AssessCapacity.of(r, site.inventory(), demand, Set.of(), now).fromPipeline();
            List<Point> points = CapacityPoints.of(c, r.horizon(), settings.tags(), now);
            points.forEach(pt -> writes.add(pt.key(MetricSchema.HEADROOM_FIELD_DAYS_CONSERVATIVE), List.of(pt)));
            return c;
        } catch (RuntimeException e) {
            LOG.warn("cluster {}: capacity not assessed this run ({}); GET /api/v1/capacity assesses it on demand",
                    cluster, e.getMessage());
            return null;
        }
    }

    private String why(Instant now) {
        return "scheduled pipeline run at " + now + (settings.label() == null ? "" : " over the " + settings.label())
                + (settings.tags().isEmpty() ? "" : " (points tagged " + String.join(",", settings.tagList()) + ")");
    }
}
