package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

/** Utilisation climbing towards 100 %: a logistic curve with a known cap, rate and midpoint. */
class LogisticRecoveryTest {
    private static final int N = 800;
    private static final double RATE = 0.01;
    private static final int MID = 500;

    private static double truth(int t) {
        return 100 / (1 + Math.exp(-RATE * (t - MID)));
    }

    private static TimeSeries series() {
        double[] e = Synthetic.noise(N, 1.0, 31);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            y[t] = truth(t) + Synthetic.daily(t, 3) + e[t];
        }
        return Synthetic.hourly("util", y);
    }

    @Test
    void recoversTheCurveAndSaturatesAtTheCap() {
        ProphetModel m = ProphetSpec.builder().logistic(Saturation.cap(100)).residualAr(false).build().fit(series());
        assertEquals("lbfgs", m.optimiser());
        assertTrue(m.converged());
        double[] trend = m.component("trend", 0, N + 2000);
        for (int t = 0; t < N; t += 50) {
            assertEquals(truth(t), trend[t], 2.0, "trend at step " + t);
        }
        for (double v : trend) {
            assertTrue(v <= 100.0, "trend never exceeds the cap, got " + v);
        }
        assertEquals(100.0, trend[N + 1999], 0.5, "saturates at the cap");
        // Initial steepness on the logit scale per step; the bends may share it, so compare the final rate too.
        double finalRate = m.initialRate() + m.trendChanges().stream().mapToDouble(TrendChange::rateChange).sum();
        assertEquals(RATE, finalRate, 0.002);
        assertEquals(3.0, Synthetic.amplitude(m.component("daily", 0, 24)), 0.3);
    }

    @Test
    void linearGrowthOvershootsWhereLogisticDoesNot() {
        TimeSeries s = series();
        Forecast lin = ProphetSpec.defaults().fit(s).forecast(1000);
        Forecast log = ProphetSpec.builder().logistic(Saturation.cap(100)).build().fit(s).forecast(1000);
        assertTrue(lin.mean(999) > 110, "linear extrapolation passes the cap: " + lin.mean(999));
        assertTrue(log.mean(999) < 104, "logistic stays near it: " + log.mean(999));
        assertTrue(log.interval(95).orElseThrow().upper(999) < 115);
    }

    @Test
    void capMayChangeOverTime() {
        // Capacity doubled at step 400 (hardware added): the curve may rise towards the new ceiling.
        double[] cap = new double[N];
        for (int t = 0; t < N; t++) {
            cap[t] = t < 400 ? 50 : 100;
        }
        ProphetModel m = ProphetSpec.builder().logistic(new Saturation(cap, new double[] {0})).build().fit(series());
        double[] trend = m.component("trend", 0, N + 100);
        for (int t = 0; t < N + 100; t++) {
            assertTrue(trend[t] <= (t < 400 ? 50 : 100), "under the cap in force at step " + t);
        }
    }
}
