package io.capacity.core.planner.scenario;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.planner.DemandForecasts;
import io.capacity.core.planner.Dimension;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scales and shifts demand forecasts: a workload change moves the mean and both bounds alike. */
final class Workload {
    private Workload() {
    }

    static DemandForecasts apply(DemandForecasts in, double factor, Map<Dimension, double[]> extra) {
        if (factor == 1 && extra.isEmpty()) {
            return in;
        }
        Map<String, Map<Dimension, Forecast>> out = new LinkedHashMap<>();
        in.byCluster().forEach((cluster, byDim) -> {
            Map<Dimension, Forecast> m = new EnumMap<>(Dimension.class);
            byDim.forEach((d, f) -> m.put(d, change(f, factor, extra.get(d))));
            out.put(cluster, m);
        });
        return new DemandForecasts(out);
    }

    private static Forecast change(Forecast f, double factor, double[] add) {
        if (add != null && add.length != f.horizon()) {
            throw new IllegalArgumentException("extra workload has " + add.length + " steps but the forecast "
                    + f.seriesId() + " has " + f.horizon());
        }
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
