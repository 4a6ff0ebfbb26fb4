package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Residuals that wander (AR(1), as hourly load does) make in-sample noise too small for a 48-step forecast. The
 * backtest calibration must widen the intervals and bring 95 % coverage near nominal where in-sample misses.
 */
class IntervalCalibrationTest {
    private static final int N = 700;
    private static final int H = 48;

    private static double[] series(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[N + H];
        double ar = 0;
        for (int t = 0; t < y.length; t++) {
            ar = 0.9 * ar + rng.nextGaussian();
            y[t] = 100 + Synthetic.daily(t, 10) + ar;
        }
        return y;
    }

    private static double coverage(ProphetSpec spec) {
        int inside = 0;
        int total = 0;
        for (long seed = 1; seed <= 20; seed++) {
            double[] y = series(seed);
            Forecast f = spec.fit(Synthetic.hourly("ar" + seed, java.util.Arrays.copyOf(y, N))).forecast(H, 95);
            PredictionInterval pi = f.interval(95).orElseThrow();
            for (int i = 0; i < H; i++) {
                total++;
                if (y[N + i] >= pi.lower(i) && y[N + i] <= pi.upper(i)) {
                    inside++;
                }
            }
        }
        return inside / (double) total;
    }

    @Test
    void backtestCalibrationBringsCoverageNearNominal() {
        ProphetSpec prophetLike = ProphetSpec.builder().residualAr(false).intervalMethod(IntervalMethod.IN_SAMPLE)
                .build();
        ProphetSpec calibrated = ProphetSpec.builder().residualAr(false).build();
        double raw = coverage(prophetLike);
        double cal = coverage(calibrated);
        assertTrue(raw < 0.90, "in-sample noise under-covers: " + raw);
        assertEquals(0.95, cal, 0.04, "calibrated coverage");
    }

    @Test
    void inflationIsAtLeastOneAndReported() {
        ProphetModel m = ProphetSpec.defaults().fit(Synthetic.hourly("ar", java.util.Arrays.copyOf(series(3), N)));
        assertTrue(m.intervalInflation() >= 1.0);
        assertTrue(m.quality().reason().contains("backtest") || m.quality().reason().contains("intervals"),
                m.quality().reason());
        ProphetModel raw = ProphetSpec.builder().intervalMethod(IntervalMethod.IN_SAMPLE).build()
                .fit(Synthetic.hourly("ar", java.util.Arrays.copyOf(series(3), N)));
        assertEquals(1.0, raw.intervalInflation());
    }
}
