package io.capacity.core.model.prophet;

import io.capacity.core.forecast.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Central intervals from simulated paths (empirical quantiles) or, without samples, from the normal noise alone.
 * Bounds are widened to contain the point forecast: with a logistic trend the paths are skewed and a narrow
 * interval could otherwise miss the mean.
 */
final class SimulatedIntervals {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private SimulatedIntervals() {
    }

    /** {@code samples[step][path]} are in the units of the series; they are sorted in place. */
    static List<PredictionInterval> fromSamples(double[] mean, double[][] samples, double[] levels) {
        for (double[] s : samples) {
            Arrays.sort(s);
        }
        List<PredictionInterval> out = new ArrayList<>();
        for (double level : levels) {
            double tail = (1 - level / 100) / 2;
            double[] lo = new double[mean.length];
            double[] hi = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                lo[i] = Math.min(mean[i], quantile(samples[i], tail));
                hi[i] = Math.max(mean[i], quantile(samples[i], 1 - tail));
            }
            out.add(new PredictionInterval(level, lo, hi));
        }
        return out;
    }

    /** Normal intervals around {@code mean} with standard deviation {@code sd[i]} at step i. */
    static List<PredictionInterval> normal(double[] mean, double[] sd, double[] levels) {
        List<PredictionInterval> out = new ArrayList<>();
        for (double level : levels) {
            double z = STANDARD.inverseCumulativeProbability(1 - (1 - level / 100) / 2);
            double[] lo = new double[mean.length];
            double[] hi = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                lo[i] = mean[i] - z * sd[i];
                hi[i] = mean[i] + z * sd[i];
            }
            out.add(new PredictionInterval(level, lo, hi));
        }
        return out;
    }

    /** Linear interpolation between order statistics (type 7, the default of R and numpy). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
