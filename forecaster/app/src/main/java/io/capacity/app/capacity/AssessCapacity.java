package io.capacity.app.capacity;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.demand.DemandReads;
import io.capacity.app.demand.StoredDemand;
import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.select.ModelCatalog;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.Site;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.HardwareModel;
import io.capacity.planner.inventory.HostState;
import io.capacity.store.ClusterDemand;
import io.capacity.store.MetricStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: the capacity of a cluster from the inventory and its hosts' stored metrics. Per dimension with data:
 * usage is the latest observed demand, capacity the sum over the cluster's hosts that are not off (bandwidth: their
 * NICs, capped by the cluster's uplinks when it lists any; power: the cluster's {@code power_budget_watts}, assessed
 * only when the inventory sets one and the hosts' watts are stored), usable capacity that less the
 * {@code redundancy} largest hosts, times the target utilisation; the demand is forecast over the horizon and the
 * time remaining is until the upper band at the request's level first exceeds the usable capacity (conservative),
 * or the mean does (aggressive).
 */
public final class AssessCapacity {
    private static final Logger LOG = LoggerFactory.getLogger(AssessCapacity.class);

    private final StoreAccess stores;
    private final Clock clock;
    private final DemandReads reads;

    public AssessCapacity(StoreAccess stores, Clock clock) {
        this(stores, clock, DemandReads.EACH_TIME);
    }

    /** @param reads how the clusters' demand is read: each time, or kept for a piece of work that reads it again */
    public AssessCapacity(StoreAccess stores, Clock clock, DemandReads reads) {
        this.stores = stores;
        this.clock = clock;
        this.reads = reads;
    }

    public ClusterCapacity run(CapacityRequest r) {
        return run(r, Set.of());
    }

    /**
     * The capacity as if {@code off} (hosts of the cluster) were powered down: their demand stays counted (it moves
     * to the others), their capacity does not. What applying a power-down checks just before it runs.
     */
    public ClusterCapacity run(CapacityRequest r, Set<String> off) {
        return run(r, List.of(off)).get(0);
    }

    /**
     * The capacity as if each of {@code offs} were powered down in turn, from one read and one forecast of the
     * demand: one answer per set, in its order. What applying a power-down checks when the hosts come back at
     * different times.
     */
    public List<ClusterCapacity> run(CapacityRequest r, List<Set<String>> offs) {
        return run(r, Site.load(r.inventory()).inventory(), offs);
    }

    /**
     * {@link #run(CapacityRequest, List)} with {@code r}'s inventory already loaded as {@code inv}, which is not read
     * again: what assessing every cluster of one inventory uses.
     */
    public List<ClusterCapacity> run(CapacityRequest r, HardwareInventory inv, List<Set<String>> offs) {
        List<Host> hosts = hosts(inv, r.cluster());
        Cluster cluster = inv.cluster(r.cluster()).orElseThrow();
        Instant to = clock.instant();
        Instant from = to.minus(r.history());
        Pattern exclude = StoredDemand.exclude(r.bandwidthExclude());
        List<TimeSeries> demand = new ArrayList<>();
        stores.reading(s -> {
            reads.read(s, cluster.id(), hosts, exclude, from, to, r.step()).forEach(x -> demand.add(x.series()));
            power(s, cluster, hosts, from, to, r.step()).ifPresent(demand::add);
            return null;
        });
        if (demand.isEmpty()) {
            throw RequestProblem.text("cluster " + cluster.id() + ": no stored cpu, mem or net data for its hosts"
                    + " since " + from, false);
        }
        int season = (int) Math.max(1, Duration.ofDays(1).toSeconds() / r.step().toSeconds());
        ModelSpec m = RequestProblem.with("model", r.model(), () -> ModelCatalog.spec(r.model(), season, 0,
                r.steps()));
        ForecastBatch batch = new ForecastBatch(r.steps(), new double[] {r.level()}, season, 1);
        List<Demand> forecasts = new ArrayList<>();
        for (TimeSeries y : demand) {
            SeriesForecast f = batch.one(y, m);
            if (f.forecast() == null) {
                throw new IllegalArgumentException("demand " + y.id() + ": " + f.error());
            }
            forecasts.add(new Demand(Demand.dimensionOf(y.id()), y, f.forecast()));
        }
        return offs.stream().map(off -> of(r, inv, forecasts, off, to)).toList();
    }

    /**
     * One dimension's demand: its history (the latest finite value is the usage now) and its forecast, whose
     * interval at the request's level is the band compared with the usable capacity over the forecast's steps.
     */
    public record Demand(Dimension dimension, TimeSeries history, Forecast forecast) {
        public Demand {
            if (dimension == null || history == null || forecast == null) {
                throw new IllegalArgumentException("a dimension's demand needs its dimension, history and forecast");
            }
        }

        /** The dimension of a demand series id {@code CLUSTER:cpu|memory|bandwidth|power}. */
        public static Dimension dimensionOf(String seriesId) {
            return Dimension.valueOf(seriesId.substring(seriesId.lastIndexOf(':') + 1).toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The capacity of {@code r}'s cluster of {@code inv} from demand forecasts already made (the scheduled
     * pipeline's), as of {@code at}, as if {@code off} were powered down; each forecast must hold the request's level.
     */
    public static ClusterCapacity of(CapacityRequest r, HardwareInventory inv, List<Demand> demand, Set<String> off,
                                     Instant at) {
        List<Host> hosts = hosts(inv, r.cluster());
        Cluster cluster = inv.cluster(r.cluster()).orElseThrow();
        HardwareModel model = mostCommonModel(inv, hosts);
        List<DimensionCapacity> out = new ArrayList<>();
        for (Demand x : demand) {
            Dimension dim = x.dimension();
            List<Host> on = hosts.stream().filter(h -> !off.contains(h.id())).toList();
            double capacity = dim == Dimension.POWER ? cluster.powerBudgetWatts() : capacity(dim, on, cluster);
            double spare = dim == Dimension.POWER ? 0 : spare(dim, on, r.redundancy());
            out.add(assess(dim, x.history(), x.forecast(), capacity, Math.max(0, capacity - spare) * r.targetUtil(),
                    new Sizing(r, spare, model, on.size())));
        }
        return new ClusterCapacity(cluster.id(), out, at);
    }

    /** The cluster's hosts that are on or standby; a problem naming the inventory's clusters when it has none. */
    private static List<Host> hosts(HardwareInventory inv, String id) {
        Cluster cluster = inv.cluster(id).orElseThrow(() -> RequestProblem.of("cluster", id,
                "not in the inventory; its clusters are " + inv.clusters().stream().map(Cluster::id).toList()));
        List<Host> hosts = inv.hostsIn(cluster.id()).stream().filter(Host::usable).toList();
        if (hosts.isEmpty()) {
            throw RequestProblem.text("cluster " + cluster.id() + " has no host that is on or standby", false);
        }
        return hosts;
    }

    /** The hosts' summed watts when the cluster has a power budget; empty without one or without stored watts. */
    private static Optional<TimeSeries> power(MetricStore s, Cluster cluster, List<Host> hosts, Instant from,
                                                        Instant to, Duration step) {
        if (!Double.isFinite(cluster.powerBudgetWatts())) {
            return Optional.empty();
        }
        var watts = ClusterDemand.powerWatts(s, cluster.id(), hosts.stream().map(Host::id).toList(), from, to, step);
        if (watts.isEmpty()) {
            LOG.info("cluster {}: power budget {} W but no stored ipmi_sensor watts for its hosts since {}; power is "
                    + "not assessed", cluster.id(), cluster.powerBudgetWatts(), from);
        }
        return watts;
    }

    /** What the hosts provide in {@code d}; bandwidth capped by the cluster's uplinks when it lists any. */
    static double capacity(Dimension d, List<Host> hosts, Cluster cluster) {
        double sum = hosts.stream().mapToDouble(h -> h.capacity(d)).sum();
        return d == Dimension.BANDWIDTH && !cluster.uplinks().isEmpty() ? Math.min(sum, cluster.uplinkCapacityMbps())
                : sum;
    }

    /** The capacity less the {@code k} largest hosts, at the target utilisation (never below zero). */
    static double usable(Dimension d, List<Host> hosts, double capacity, int k, double target) {
        return Math.max(0, capacity - spare(d, hosts, k)) * target;
    }

    /** What the {@code k} largest hosts provide: N+K keeps them spare. */
    private static double spare(Dimension d, List<Host> hosts, int k) {
        return hosts.stream().map(h -> h.capacity(d)).sorted(Comparator.reverseOrder()).limit(k)
                .mapToDouble(Double::doubleValue).sum();
    }

    /** The model most of the cluster's hosts are (ties: the first in the inventory's order): hosts are counted in it. */
    private static HardwareModel mostCommonModel(HardwareInventory inv, List<Host> hosts) {
        Map<String, Long> count = new LinkedHashMap<>();
        hosts.forEach(h -> count.merge(h.model(), 1L, Long::sum));
        String name = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return inv.models().get(name);
    }

    /** The request's target and spares, the model hosts are counted in, and how many the cluster has. */
    private record Sizing(CapacityRequest r, double spare, HardwareModel model, int hostsNow) {
        RecommendedSize size(Dimension dim, double peakUpper) {
            double needed = Math.max(0, peakUpper) / r.targetUtil();
            if (dim == Dimension.POWER) {
                return new RecommendedSize(needed, null, null, hostsNow);
            }
            double per = model.host("sizing", "-", LocalDate.EPOCH, HostState.ON).capacity(dim);
            Integer hosts = per > 0 ? (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(needed / per - 1e-9))
                    + r.redundancy() : null;
            return new RecommendedSize(needed + spare, model.name(), hosts, hostsNow);
        }
    }

    private static DimensionCapacity assess(Dimension dim, TimeSeries y, Forecast f, double capacity, double usable,
                                            Sizing sizing) {
        int last = y.size() - 1;
        while (last >= 0 && !Double.isFinite(y.value(last))) {
            last--;
        }
        double usage = last >= 0 ? y.value(last) : Double.NaN;
        Instant observed = last >= 0 ? y.timeAt(last) : y.start();
        double level = sizing.r().level();
        PredictionInterval band = f.interval(level).orElseThrow(() -> new IllegalArgumentException("demand "
                + y.id() + ": its forecast has no " + level + " % interval"));
        Instant crosses = null;
        Instant meanCrosses = null;
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < f.horizon(); i++) {
            if (crosses == null && band.upper(i) > usable) {
                crosses = f.timeAt(i);
            }
            if (meanCrosses == null && f.mean(i) > usable) {
                meanCrosses = f.timeAt(i);
            }
            peak = Math.max(peak, band.upper(i));
        }
        return DimensionCapacity.rated(dim, usage, capacity, usable, observed, crosses, meanCrosses,
                f.timeAt(f.horizon() - 1), peak, f.method(), f.quality(), sizing.size(dim, peak),
                sizing.r().thresholds());
    }
}
