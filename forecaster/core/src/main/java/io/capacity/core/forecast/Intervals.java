package io.capacity.core.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Central intervals {@code mean ± q(level) * sd} around a point path, shared by every analytic model. */
public final class Intervals {
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private Intervals() {
    }

    /** Quantile of the standard normal for a central interval at {@code level} percent, e.g. 1.96 for 95. */
    public static double normalQuantile(double level) {
        checkLevel(level);
        return NORMAL.inverseCumulativeProbability(0.5 + level / 200);
    }

    /** Gaussian intervals at each level. */
    public static List<PredictionInterval> normal(double[] mean, double[] sd, double... levels) {
        return of(mean, sd, Intervals::normalQuantile, levels);
    }

    /** Intervals with a caller-chosen multiplier per level (e.g. Student t for the mean model). */
    public static List<PredictionInterval> of(double[] mean, double[] sd, DoubleUnaryOperator multiplier,
                                              double... levels) {
        if (mean.length != sd.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " steps but sd has " + sd.length);
        }
        List<PredictionInterval> out = new ArrayList<>(levels.length);
        for (double level : levels) {
            checkLevel(level);
            double q = multiplier.applyAsDouble(level);
            double[] lo = new double[mean.length];
            double[] hi = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                lo[i] = mean[i] - q * sd[i];
                hi[i] = mean[i] + q * sd[i];
            }
            out.add(new PredictionInterval(level, lo, hi));
        }
        return out;
    }

    private static void checkLevel(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("interval level must be in (0, 100), got " + level);
        }
    }
}
