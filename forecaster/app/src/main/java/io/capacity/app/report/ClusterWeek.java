package io.capacity.app.report;

import io.capacity.app.demand.DemandReads;
import io.capacity.app.demand.StoredDemand;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.model.Dimension;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.ClusterDemand;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.forecast.StoredForecasts;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One cluster's demand as the report reads it: summed from its hosts' stored metrics as plan and capacity sum it
 * ({@link StoredDemand}; power from the hosts' watts when the cluster has a budget), and the pipeline's latest
 * stored forecast of each dimension ({@code capacity_forecast} of {@code capacity_demand,cluster=C}).
 */
final class ClusterWeek {
    /** The forecast model the pipeline stores its demand forecasts under. */
    static final String MODEL = "auto";
    private static final double[] LEVELS = {80, 95};

    private ClusterWeek() {
    }

    /**
     * The cluster's demand per dimension in [from, to) on {@code step}; empty when its hosts have no data.
     *
     * @param reads how the hosts' cpu, mem and net are read (kept by a report, whose capacity and plan read them too)
     */
    static Map<Dimension, TimeSeries> demand(MetricStore s, DemandReads reads, Cluster cluster, List<Host> hosts,
                                            Instant from, Instant to, Duration step) {
        Map<Dimension, TimeSeries> out = new EnumMap<>(Dimension.class);
        if (hosts.isEmpty()) {
            return out;
        }
        for (StoredDemand.Series x : reads.read(s, cluster.id(), hosts, StoredDemand.exclude(
                ClusterDemand.VIRTUAL_INTERFACES), from, to, step)) {
            String id = x.series().id();
            out.put(Dimension.valueOf(id.substring(id.lastIndexOf(':') + 1).toUpperCase(Locale.ROOT)), x.series());
        }
        if (Double.isFinite(cluster.powerBudgetWatts())) {
            ClusterDemand.powerWatts(s, cluster.id(), hosts.stream().map(Host::id).toList(), from, to, step)
                    .ifPresent(y -> out.put(Dimension.POWER, y));
        }
        out.values().removeIf(y -> java.util.Arrays.stream(y.values()).noneMatch(Double::isFinite));
        return out;
    }

    /** The pipeline's latest stored forecast of the cluster's {@code d} with steps after {@code asOf}, if any. */
    static Optional<Forecast> forecast(MetricStore s, String cluster, Dimension d, Instant asOf, Duration ahead) {
        TreeMap<String, String> tags = new TreeMap<>(Map.of(MetricSchema.TAG_CLUSTER, cluster,
                MetricSchema.FORECAST_TAG_SOURCE_MEASUREMENT, MetricSchema.DEMAND,
                MetricSchema.FORECAST_TAG_SOURCE_FIELD, d.name().toLowerCase(Locale.ROOT),
                MetricSchema.FORECAST_TAG_MODEL, MODEL));
        for (SeriesKey k : s.series(new SeriesFilter(MetricSchema.FORECAST.name(), MetricSchema.FORECAST_FIELD_MEAN,
                tags))) {
            String source = k.tags().get(MetricSchema.FORECAST_TAG_SERIES);
            Optional<Forecast> f = StoredForecasts.read(s, SeriesKey.parse(source), MODEL, asOf, asOf.plus(ahead),
                    LEVELS);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }
}
