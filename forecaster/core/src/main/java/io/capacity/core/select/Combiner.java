package io.capacity.core.select;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Combines forecasts of the same series, horizon and levels point by point: the median, or a weighted mean.
 * Bounds are combined the same way, which keeps them ordered (both operations are monotone).
 */
final class Combiner {
    private final double[] weights;

    /** @param weights one per member, summing to 1; null for the median */
    Combiner(double[] weights) {
        this.weights = weights == null ? null : weights.clone();
    }

    Forecast combine(List<Forecast> members, String method, ModelSpec spec) {
        Forecast first = members.get(0);
        List<PredictionInterval> pis = new ArrayList<>();
        for (PredictionInterval pi : first.intervals()) {
            double level = pi.level();
            pis.add(new PredictionInterval(level,
                    combine(members.stream().map(f -> f.interval(level).orElseThrow().lower()).toList()),
                    combine(members.stream().map(f -> f.interval(level).orElseThrow().upper()).toList())));
        }
        return new Forecast(first.seriesId(), first.start(), first.step(),
                combine(members.stream().map(Forecast::mean).toList()), pis,
                combine(members.stream().map(Forecast::fitted).toList()),
                null, method, spec, Quality.ungraded());
    }

    /** Point-wise combination; NaN wherever any member is NaN (e.g. a seasonal model's first season). */
    double[] combine(List<double[]> arrays) {
        int n = arrays.get(0).length;
        double[] out = new double[n];
        double[] column = new double[arrays.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < column.length; k++) {
                column[k] = arrays.get(k)[i];
            }
            out[i] = weights == null ? median(column) : weighted(column);
        }
        return out;
    }

    private double weighted(double[] column) {
        double s = 0;
        for (int k = 0; k < column.length; k++) {
            s += weights[k] * column[k];
        }
        return s;
    }

    private static double median(double[] column) {
        double[] c = column.clone();
        Arrays.sort(c);
        for (double v : c) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
        }
        int m = c.length / 2;
        return c.length % 2 == 1 ? c[m] : (c[m - 1] + c[m]) / 2;
    }
}
