package io.capacity.core.model.prophet;

import java.util.SplittableRandom;

/**
 * Prophet's account of trend uncertainty: the future bends as often as the past did and by as much. Each sample path
 * draws changepoints in the forecast window from a Poisson process with the history's rate (changepoints per unit
 * of scaled time), each with a Laplace rate change whose scale is the mean |delta| fitted; observation noise is
 * added on top, with its own standard deviation per step (one standard normal draw per path, scaled by each step's
 * deviation). Seeded, so a forecast is reproducible.
 */
final class TrendSimulator {
    /** Above this the Poisson count is drawn from its normal approximation, where exp(-mean) would underflow. */
    private static final double POISSON_NORMAL_ABOVE = 500;

    private TrendSimulator() {
    }

    /** {@code samples[step][path]} of the scaled prediction for the steps of {@code future}. */
    static double[][] simulate(Predictor model, Prediction future, int paths, double[] noiseSd, long seed) {
        int h = future.length();
        TimeAxis axis = model.features().axis();
        double tLast = axis.scaled(axis.n() - 1);
        double tEnd = axis.scaled(future.from() + h - 1);
        double meanAbsDelta = 1e-8;
        for (int j = 0; j < model.changepointCount(); j++) {
            meanAbsDelta += Math.abs(model.delta(j)) / model.changepointCount();
        }
        double rate = model.changepointCount() / Math.max(tLast - axis.scaled(0), 1e-12);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[h][paths];
        for (int r = 0; r < paths; r++) {
            int count = tEnd > tLast ? poisson(rng, rate * (tEnd - tLast)) : 0;
            double[] at = new double[count];
            double[] delta = new double[count];
            for (int c = 0; c < count; c++) {
                at[c] = tLast + rng.nextDouble() * (tEnd - tLast);
                delta[c] = laplace(rng, meanAbsDelta);
            }
            // One noise draw per path, scaled by each step's standard deviation: every step's distribution is what
            // independent draws would give, and its quantiles follow the noise's spread over the horizon exactly
            // instead of jittering by the sampling error of 1000 draws per step.
            double e = rng.nextGaussian();
            for (int i = 0; i < h; i++) {
                double t = axis.scaled(future.from() + i);
                double z = future.z()[i];
                for (int c = 0; c < count; c++) {
                    z += delta[c] * Math.max(0.0, t - at[c]);
                }
                out[i][r] = future.yhatWith(i, z) + noiseSd[i] * e;
            }
        }
        return out;
    }

    static int poisson(SplittableRandom rng, double mean) {
        if (mean > POISSON_NORMAL_ABOVE) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double prod = rng.nextDouble();
        int k = 0;
        while (prod > limit) {
            prod *= rng.nextDouble();
            k++;
        }
        return k;
    }

    static double laplace(SplittableRandom rng, double scale) {
        double u = rng.nextDouble() - 0.5;
        return -scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }
}
