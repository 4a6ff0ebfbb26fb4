package io.capacity.app.pipeline.cluster;

import io.capacity.planner.model.Dimension;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The series key a cluster's demand forecast is stored under: measurement {@link MetricSchema#DEMAND}, tag
 * {@code cluster} (and the settings' own tags), field {@code cpu}, {@code memory}, {@code bandwidth} or
 * {@code power} (a cluster with a power budget); e.g.
 * {@code capacity_demand,cluster=web cpu}.
 */
final class DemandKeys {
    private DemandKeys() {
    }

    static SeriesKey of(String cluster, Dimension d, Map<String, String> tags) {
        TreeMap<String, String> t = new TreeMap<>(tags);
        t.put(MetricSchema.TAG_CLUSTER, cluster);
        return new SeriesKey(MetricSchema.DEMAND, t, d.name().toLowerCase(Locale.ROOT));
    }
}
