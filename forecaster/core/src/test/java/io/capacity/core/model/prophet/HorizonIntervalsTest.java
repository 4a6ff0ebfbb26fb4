package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.series.TimeSeries;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 4: the Prophet-style model's intervals widen with the horizon (the residual autoregression's error
 * grows as its memory fades), are the same from run to run (seeded), and its trend can be damped.
 */
class HorizonIntervalsTest {
    private static final int N = 700;
    private static final int H = 48;

    /** Daily profile plus AR(1) residuals with coefficient 0.9, as hourly load wanders. */
    private static TimeSeries wandering(long seed, double slope) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[N];
        double ar = 0;
        for (int t = 0; t < N; t++) {
            ar = 0.9 * ar + rng.nextGaussian();
            y[t] = 100 + slope * t + Synthetic.daily(t, 10) + ar;
        }
        return Synthetic.hourly("wander" + seed, y);
    }

    private static double width(PredictionInterval pi, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += pi.upper(i) - pi.lower(i);
        }
        return w / (to - from);
    }

    @Test
    void intervalsWidenWithTheHorizon() {
        for (long seed = 1; seed <= 3; seed++) {
            Forecast f = ProphetSpec.defaults().fit(wandering(seed, 0)).forecast(H, 80, 95);
            for (double level : new double[] {80, 95}) {
                PredictionInterval pi = f.interval(level).orElseThrow();
                double first = width(pi, 0, 6);
                double last = width(pi, H - 6, H);
                assertTrue(last > 1.1 * first, "level " + level + ": the last steps' width " + last
                        + " should exceed the first steps' " + first + " by a tenth");
                // Step by step (over blocks of 6, to average out the simulation's sampling noise) never narrower.
                for (int b = 6; b + 6 <= H; b += 6) {
                    assertTrue(width(pi, b, b + 6) >= 0.97 * width(pi, b - 6, b), "level " + level + ": block at "
                            + b + " narrower than the one before");
                }
            }
        }
    }

    @Test
    void spreadOfTheResidualAutoregressionIsNonDecreasingFromItsInnovationShare() {
        double[] r = new double[2000];
        SplittableRandom rng = new SplittableRandom(7);
        for (int t = 1; t < r.length; t++) {
            r[t] = 0.8 * r[t - 1] + rng.nextGaussian();
        }
        ResidualAr ar = ResidualAr.fit(r, new int[] {1});
        double[] s = ar.spread(40);
        // AR(1) with phi 0.8: innovations carry 1 - 0.64 = 0.36 of the variance, and the h-step error tends to all of it.
        assertEquals(0.6, s[0], 0.05);
        assertEquals(1.0, s[39], 0.06);
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] >= s[i - 1]);
        }
        assertArrayEquals(new double[] {1, 1, 1}, ResidualAr.none().spread(3));
    }

    @Test
    void forecastsAreTheSameFromRunToRunAndTheSeedIsWhatMakesThem() {
        TimeSeries y = wandering(5, 0.02);
        Forecast a = ProphetSpec.defaults().fit(y).forecast(H, 80, 95);
        Forecast b = ProphetSpec.defaults().fit(y).forecast(H, 80, 95);
        assertArrayEquals(a.mean(), b.mean());
        for (double level : new double[] {80, 95}) {
            assertArrayEquals(a.interval(level).orElseThrow().lower(), b.interval(level).orElseThrow().lower());
            assertArrayEquals(a.interval(level).orElseThrow().upper(), b.interval(level).orElseThrow().upper());
        }
        Forecast other = ProphetSpec.builder().seed(7).build().fit(y).forecast(H, 95);
        assertFalse(Arrays.equals(a.interval(95).orElseThrow().upper(), other.interval(95).orElseThrow().upper()),
                "another seed draws other trend paths");
    }

    @Test
    void dampedTrendLevelsOffWhileTheUndampedOneRunsOn() {
        TimeSeries y = wandering(11, 0.5);
        double[] free = ProphetSpec.defaults().fit(y).forecast(H, 95).mean();
        double[] damped = ProphetSpec.builder().trendDamping(0.9).build().fit(y).forecast(H, 95).mean();
        // Steps 23 and 47 share the daily phase: the difference is the trend's growth over a day.
        assertEquals(12, free[47] - free[23], 2.0, "undamped: 0.5 per step for 24 steps");
        assertEquals(0, damped[47] - damped[23], 0.6, "damped by 0.9 per step: at most 9 steps of growth in all");
        assertEquals(free[0], damped[0], 1.0, "the first step barely differs");
    }

    @Test
    void dampingOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProphetSpec.builder().trendDamping(1.2).build());
        assertTrue(e.getMessage().contains("trendDamping must be in (0, 1]"), e.getMessage());
    }
}
