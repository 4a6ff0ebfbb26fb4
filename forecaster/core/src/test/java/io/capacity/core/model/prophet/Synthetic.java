package io.capacity.core.model.prophet;

import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Seeded synthetic hourly series with known components, for recovery tests. */
final class Synthetic {
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private Synthetic() {
    }

    static double daily(int t, double amplitude) {
        return amplitude * Math.sin(2 * Math.PI * t / 24.0);
    }

    static double weekly(int t, double amplitude) {
        return amplitude * Math.cos(2 * Math.PI * t / 168.0);
    }

    static double[] noise(int n, double sd, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = sd * rng.nextGaussian();
        }
        return e;
    }

    static TimeSeries hourly(String id, double[] values) {
        return new TimeSeries(id, START, Duration.ofHours(1), values);
    }

    /** Half the peak-to-peak range: the amplitude of a sinusoid. */
    static double amplitude(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return (hi - lo) / 2;
    }
}
