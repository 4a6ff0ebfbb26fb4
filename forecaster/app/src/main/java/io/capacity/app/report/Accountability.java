package io.capacity.app.report;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Last week's forecasts against what happened: the pipeline's scorings of each cluster's demand forecasts
 * ({@code capacity_forecast_accuracy} with {@code source_measurement=capacity_demand}, docs/schema.md) in the week,
 * pooled per dimension with each scoring weighted by the steps it scored.
 *
 * @param cluster    the cluster
 * @param dimension  cpu, memory or bandwidth (the demand forecast's field)
 * @param scorings   scorings in the week
 * @param steps      forecast steps scored
 * @param mase       steps-weighted MASE (below 1 beats a seasonal-naive forecast)
 * @param coverage80 steps-weighted share of actuals inside the 80 % band
 * @param coverage95 the same for the 95 % band
 * @param worstMase  the worst single scoring's MASE
 * @param worstAt    when it was scored
 */
record Accountability(String cluster, String dimension, int scorings, int steps, double mase, double coverage80,
                      double coverage95, double worstMase, Instant worstAt) {

    /** The cluster's demand scorings in [from, to), one per dimension that has any. */
    static List<Accountability> read(MetricStore s, String cluster, Instant from, Instant to) {
        TreeMap<String, String> tags = new TreeMap<>(Map.of(MetricSchema.TAG_CLUSTER, cluster,
                MetricSchema.FORECAST_TAG_SOURCE_MEASUREMENT, MetricSchema.DEMAND));
        Map<String, Map<String, SeriesKey>> byDimension = new TreeMap<>();
        for (SeriesKey k : s.series(new SeriesFilter(MetricSchema.FORECAST_ACCURACY.name(), null, tags))) {
            String dim = k.tags().get(MetricSchema.FORECAST_TAG_SOURCE_FIELD);
            if (dim != null) {
                byDimension.computeIfAbsent(dim, x -> new HashMap<>()).put(k.field(), k);
            }
        }
        List<Accountability> out = new ArrayList<>();
        byDimension.forEach((dim, fields) -> pooled(s, cluster, dim, fields, from, to, out));
        return out;
    }

    private static void pooled(MetricStore s, String cluster, String dim, Map<String, SeriesKey> fields,
                               Instant from, Instant to, List<Accountability> out) {
        Map<Long, Double> steps = values(s, fields.get(MetricSchema.ACCURACY_FIELD_STEPS), from, to);
        Map<Long, Double> mase = values(s, fields.get(MetricSchema.ACCURACY_FIELD_MASE), from, to);
        Map<Long, Double> c80 = values(s, fields.get(MetricSchema.accuracyCoverageField(80)), from, to);
        Map<Long, Double> c95 = values(s, fields.get(MetricSchema.accuracyCoverageField(95)), from, to);
        double[] sum = new double[3];
        double[] weight = new double[3];
        int n = 0;
        int total = 0;
        double worst = Double.NEGATIVE_INFINITY;
        long worstAt = 0;
        for (Map.Entry<Long, Double> e : steps.entrySet()) {
            double w = e.getValue();
            n++;
            total += (int) w;
            Double[] v = {mase.get(e.getKey()), c80.get(e.getKey()), c95.get(e.getKey())};
            for (int i = 0; i < 3; i++) {
                if (v[i] != null && Double.isFinite(v[i])) {
                    sum[i] += v[i] * w;
                    weight[i] += w;
                }
            }
            if (v[0] != null && v[0] > worst) {
                worst = v[0];
                worstAt = e.getKey();
            }
        }
        if (n > 0) {
            out.add(new Accountability(cluster, dim, n, total, sum[0] / weight[0], sum[1] / weight[1],
                    sum[2] / weight[2], Double.isFinite(worst) ? worst : Double.NaN,
                    Double.isFinite(worst) ? Instant.ofEpochSecond(0, worstAt) : null));
        }
    }

    private static Map<Long, Double> values(MetricStore s, SeriesKey k, Instant from, Instant to) {
        Map<Long, Double> out = new TreeMap<>();
        if (k != null) {
            SeriesData d = s.read(SeriesQuery.raw(k, from, to));
            for (int i = 0; i < d.size(); i++) {
                out.put(d.timeNanos(i), d.value(i));
            }
        }
        return out;
    }
}
