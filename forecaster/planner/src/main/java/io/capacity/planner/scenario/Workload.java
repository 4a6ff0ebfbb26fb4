package io.capacity.planner.scenario;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.Dimension;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scales and shifts demand forecasts: a workload change moves the mean and both bounds alike. */
final class Workload {
    private Workload() {
    }

    static DemandForecasts apply(DemandForecasts in, double factor, List<ExtraWorkload> extra) {
        if (factor == 1 && extra.isEmpty()) {
            return in;
        }
        for (ExtraWorkload e : extra) {
            Map<Dimension, Forecast> byDim = in.byCluster().get(e.cluster());
            if (byDim == null || !byDim.containsKey(e.dimension())) {
                throw new IllegalArgumentException("extra workload for cluster " + e.cluster() + " " + e.dimension()
                        + ": the plan has no such forecast to add it to; it forecasts " + forecasts(in));
            }
        }
        Map<String, Map<Dimension, Forecast>> out = new LinkedHashMap<>();
        in.byCluster().forEach((cluster, byDim) -> {
            Map<Dimension, Forecast> m = new EnumMap<>(Dimension.class);
            byDim.forEach((d, f) -> m.put(d, change(f, factor, sum(extra, cluster, d, f.horizon()))));
            out.put(cluster, m);
        });
        return new DemandForecasts(out, in.evidence());
    }

    private static List<String> forecasts(DemandForecasts in) {
        List<String> names = new ArrayList<>();
        in.byCluster().forEach((c, m) -> m.keySet().forEach(d -> names.add(c + ":" + d.name().toLowerCase(
                java.util.Locale.ROOT))));
        return names;
    }

    /** The extra series of one cluster and dimension summed, or null when there are none. */
    private static double[] sum(List<ExtraWorkload> extra, String cluster, Dimension d, int horizon) {
        double[] total = null;
        for (ExtraWorkload e : extra) {
            if (e.cluster().equals(cluster) && e.dimension() == d) {
                double[] s = e.series();
                if (s.length != horizon) {
                    throw new IllegalArgumentException("extra workload for cluster " + cluster + " " + d + " has "
                            + s.length + " steps but its forecast has " + horizon);
                }
                total = total == null ? new double[horizon] : total;
                for (int i = 0; i < horizon; i++) {
                    total[i] += s[i];
                }
            }
        }
        return total;
    }

    private static Forecast change(Forecast f, double factor, double[] add) {
        List<PredictionInterval> pis = f.intervals().stream().map(pi -> new PredictionInterval(pi.level(),
                shift(pi.lower(), factor, add), shift(pi.upper(), factor, add))).toList();
        return new Forecast(f.seriesId(), f.start(), f.step(), shift(f.mean(), factor, add), pis, f.fitted(),
                f.residuals(), f.method(), f.spec(), f.quality());
    }

    private static double[] shift(double[] v, double factor, double[] add) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor + (add == null ? 0 : add[i]);
        }
        return out;
    }
}
