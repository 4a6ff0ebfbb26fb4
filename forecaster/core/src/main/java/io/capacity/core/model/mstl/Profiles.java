package io.capacity.core.model.mstl;

import java.util.ArrayList;
import java.util.List;

/**
 * Seasonal profiles by backfitting: each period's profile is the phase mean, over the latest cycles, of the series
 * minus the other profiles minus a centred moving average of that period (which removes the trend and every
 * shorter cycle). Two passes let the daily and weekly profiles settle against each other.
 */
final class Profiles {
    private static final int PASSES = 2;

    private Profiles() {
    }

    /** Profiles (phase 0 = index 0) for the periods that have two full cycles, shortest first. */
    static List<double[]> estimate(double[] y, List<Integer> periods, int cycles) {
        List<Integer> usable = periods.stream().filter(p -> y.length >= 2 * p).sorted().toList();
        List<double[]> profiles = new ArrayList<>();
        usable.forEach(p -> profiles.add(new double[p]));
        for (int pass = 0; pass < PASSES; pass++) {
            for (int k = 0; k < usable.size(); k++) {
                double[] z = y.clone();
                for (int j = 0; j < usable.size(); j++) {
                    if (j != k) {
                        subtract(z, profiles.get(j));
                    }
                }
                profiles.set(k, profile(z, usable.get(k), cycles));
            }
        }
        return profiles;
    }

    static void subtract(double[] z, double[] profile) {
        for (int t = 0; t < z.length; t++) {
            z[t] -= profile[t % profile.length];
        }
    }

    private static double[] profile(double[] z, int p, int cycles) {
        int half = p / 2;
        int from = Math.max(half, z.length - half - cycles * p);
        double[] sum = new double[p];
        int[] count = new int[p];
        double window = 0;
        for (int k = from - half; k < from + half; k++) {
            window += z[k];
        }
        for (int t = from; t < z.length - half; t++) {
            // centred 2 x p moving average for even p (half weights at both ends), plain for odd p
            double ma = p % 2 == 0 ? (window + 0.5 * (z[t + half] - z[t - half])) / p
                    : (window + z[t + half]) / p;
            sum[t % p] += z[t] - ma;
            count[t % p]++;
            window += z[t + half] - z[t - half];
        }
        double[] out = new double[p];
        double mean = 0;
        for (int i = 0; i < p; i++) {
            out[i] = count[i] == 0 ? 0 : sum[i] / count[i];
            mean += out[i] / p;
        }
        for (int i = 0; i < p; i++) {
            out[i] -= mean;
        }
        return out;
    }
}
