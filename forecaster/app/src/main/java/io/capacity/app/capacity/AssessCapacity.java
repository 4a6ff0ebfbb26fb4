package io.capacity.app.capacity;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Use case: the capacity of a cluster from the inventory and its hosts' stored metrics. Per dimension with data:
 * usage is the latest observed demand, capacity the sum over the cluster's hosts that are not off (bandwidth: their
 * NICs, capped by the cluster's uplinks when it lists any), usable capacity that less the {@code redundancy}
 * largest hosts, times the target utilisation; the demand is forecast over the horizon and the time remaining is
 * until the upper band at the request's level first exceeds the usable capacity.
 */
public final class AssessCapacity {
    private final StoreAccess stores;
    private final Clock clock;

    public AssessCapacity(StoreAccess stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public ClusterCapacity run(CapacityRequest r) {
        return run(r, Set.of());
    }

    /**
     * The capacity as if {@code off} (hosts of the cluster) were powered down: their demand stays counted (it moves
     * to the others), their capacity does not. What applying a power-down checks just before it runs.
     */
    public ClusterCapacity run(CapacityRequest r, Set<String> off) {
        HardwareInventory inv = Site.load(r.inventory()).inventory();
        Cluster cluster = inv.cluster(r.cluster()).orElseThrow(() -> RequestProblem.of("cluster", r.cluster(),
                "not in the inventory; its clusters are " + inv.clusters().stream().map(Cluster::id).toList()));
        List<Host> hosts = inv.hostsIn(cluster.id()).stream().filter(Host::usable).toList();
        if (hosts.isEmpty()) {
            throw RequestProblem.text("cluster " + cluster.id() + " has no host that is on or standby", false);
        }
        Instant to = clock.instant();
        Instant from = to.minus(r.history());
        Pattern exclude = StoredDemand.exclude(r.bandwidthExclude());
        List<StoredDemand.Series> demand = stores.reading(s -> StoredDemand.read(s, cluster.id(), hosts, exclude,
                from, to, r.step()));
        if (demand.isEmpty()) {
            throw RequestProblem.text("cluster " + cluster.id() + ": no stored cpu, mem or net data for its hosts"
                    + " since " + from, false);
        }
        int season = (int) Math.max(1, Duration.ofDays(1).toSeconds() / r.step().toSeconds());
        ModelSpec m = RequestProblem.with("model", r.model(), () -> ModelCatalog.spec(r.model(), season, 0,
                r.steps()));
        ForecastBatch batch = new ForecastBatch(r.steps(), new double[] {r.level()}, season,
                Runtime.getRuntime().availableProcessors());
        List<DimensionCapacity> out = new ArrayList<>();
        for (StoredDemand.Series d : demand) {
            TimeSeries y = d.series();
            Dimension dim = Dimension.valueOf(y.id().substring(y.id().indexOf(':') + 1).toUpperCase(Locale.ROOT));
            SeriesForecast f = batch.one(y, m);
            if (f.forecast() == null) {
                throw new IllegalArgumentException("demand " + y.id() + ": " + f.error());
            }
            List<Host> on = hosts.stream().filter(h -> !off.contains(h.id())).toList();
            double capacity = capacity(dim, on, cluster);
            out.add(assess(dim, y, f.forecast(), capacity,
                    usable(dim, on, capacity, r.redundancy(), r.targetUtil())));
        }
        return new ClusterCapacity(cluster.id(), out);
    }

    /** What the hosts provide in {@code d}; bandwidth capped by the cluster's uplinks when it lists any. */
    static double capacity(Dimension d, List<Host> hosts, Cluster cluster) {
        double sum = hosts.stream().mapToDouble(h -> h.capacity(d)).sum();
        return d == Dimension.BANDWIDTH && !cluster.uplinks().isEmpty() ? Math.min(sum, cluster.uplinkCapacityMbps())
                : sum;
    }

    /** The capacity less the {@code k} largest hosts, at the target utilisation (never below zero). */
    static double usable(Dimension d, List<Host> hosts, double capacity, int k, double target) {
        double spare = hosts.stream().map(h -> h.capacity(d)).sorted(Comparator.reverseOrder()).limit(k)
                .mapToDouble(Double::doubleValue).sum();
        return Math.max(0, capacity - spare) * target;
    }

    private static DimensionCapacity assess(Dimension dim, TimeSeries y, Forecast f, double capacity,
                                            double usable) {
        int last = y.size() - 1;
        while (last >= 0 && !Double.isFinite(y.value(last))) {
            last--;
        }
        double usage = last >= 0 ? y.value(last) : Double.NaN;
        Instant observed = last >= 0 ? y.timeAt(last) : y.start();
        PredictionInterval band = f.intervals().get(0);
        Instant crosses = null;
        for (int i = 0; i < f.horizon() && crosses == null; i++) {
            if (band.upper(i) > usable) {
                crosses = f.timeAt(i);
            }
        }
        return new DimensionCapacity(dim, usage, capacity, usable, usable - usage, observed, crosses,
                f.timeAt(f.horizon() - 1));
    }
}
