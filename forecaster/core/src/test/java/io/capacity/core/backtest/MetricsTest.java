package io.capacity.core.backtest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-computed values (worked in each comment) for the M4 definitions. */
class MetricsTest {
    private final double[] y = {1, 2, 3};
    private final double[] f = {2, 2, 5};

    @Test
    void pointMetrics() {
        assertEquals(1.0, Metrics.mae(y, f), 1e-12); // (1 + 0 + 2) / 3
        assertEquals(Math.sqrt(5.0 / 3), Metrics.rmse(y, f), 1e-12); // (1 + 0 + 4) / 3
        assertEquals(200.0 / 3 * (1.0 / 3 + 2.0 / 8), Metrics.smape(y, f), 1e-12);
        assertEquals(0.0, Metrics.smape(new double[]{0}, new double[]{0}), 0.0);
    }

    @Test
    void scaleIsInSampleSeasonalNaiveMae() {
        assertEquals(1.0, Metrics.seasonalNaiveScale(new double[]{1, 3, 2, 4}, 2), 1e-12); // (|2-1| + |4-3|) / 2
        assertEquals(5.0 / 3, Metrics.seasonalNaiveScale(new double[]{1, 3, 2, 4}, 4), 1e-12); // lag-1 fallback
        assertEquals(0.5, Metrics.mase(y, f, 2.0), 1e-12);
    }

    @Test
    void intervalMetrics() {
        double[] lo = {0, 2.5, 1};
        double[] hi = {2, 3, 2};
        // widths 2 + 0.5 + 1; y=2 below 2.5 costs 40 * 0.5; y=3 above 2 costs 40 * 1; mean over 3, scale 2.
        assertEquals((3.5 + 20 + 40) / 3 / 2, Metrics.msis(y, lo, hi, 0.05, 2), 1e-12);
        assertEquals(1.0 / 3, Metrics.coverage(y, lo, hi), 1e-12);
    }
}
