package io.capacity.core.model.baseline;

import io.capacity.core.fixtures.AirPassengers;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden values from R forecast 8.20 on AirPassengers, h = 24: every literal is printed by
 * {@code src/test/R/baselines.R} under the same label (steps 1, 2, 12, 13, 24; fitted at R indices 14 and 144).
 * R prints 15 significant digits; the tolerance 1e-9 is far inside that.
 */
class BaselineGoldenTest {
    private static final int[] STEPS = {1, 2, 12, 13, 24};
    private static final double TOL = 1e-9;

    @Test
    void naive() {
        check(new NaiveSpec(), new double[]{432, 432, 432, 432, 432},
                new double[]{388.798373836008, 370.903674362310, 282.345177028737, 276.234321682300,
                    220.356119679496},
                new double[]{498.071185609301, 525.438766770744, 660.877300783246, 670.223047545034,
                    755.681382887013},
                115, 390);
    }

    @Test
    void seasonalNaive() {
        check(new SeasonalNaiveSpec(12), new double[]{417, 391, 432, 417, 432},
                new double[]{370.459500169063, 344.459500169063, 385.459500169063, 351.181793939467,
                    366.181793939467},
                new double[]{488.177552229328, 462.177552229328, 503.177552229328, 517.660259699235,
                    532.660259699235},
                118, 405);
    }

    @Test
    void drift() {
        check(new DriftSpec(),
                new double[]{434.237762237762, 436.475524475524, 458.853146853147, 461.090909090909,
                    485.706293706294},
                new double[]{390.828922169774, 374.873365374318, 302.842798268117, 298.187223350903,
                    256.692947974344},
                new double[]{500.625854165816, 530.687896770480, 697.450385281284, 710.230596937618,
                    835.951981575198},
                117.237762237762, 392.237762237762);
    }

    @Test
    void mean() {
        double mu = 280.298611111111;
        double lo = 125.306628854979;
        double hi = 518.257059836169;
        check(new MeanSpec(), new double[]{mu, mu, mu, mu, mu}, new double[]{lo, lo, lo, lo, lo},
                new double[]{hi, hi, hi, hi, hi}, mu, mu);
    }

    private static void check(ModelSpec spec, double[] mean, double[] lower80, double[] upper95, double fitted14,
                              double fitted144) {
        Forecast fc = spec.fit(AirPassengers.series()).forecast(24, 80, 95);
        assertArrayEquals(mean, pick(fc.mean()), TOL, "mean");
        assertArrayEquals(lower80, pick(fc.interval(80).orElseThrow().lower()), TOL, "lower 80");
        assertArrayEquals(upper95, pick(fc.interval(95).orElseThrow().upper()), TOL, "upper 95");
        assertEquals(fitted14, fc.fitted()[13], TOL, "fitted[14]");
        assertEquals(fitted144, fc.fitted()[143], TOL, "fitted[144]");
    }

    private static double[] pick(double[] all) {
        double[] out = new double[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            out[i] = all[STEPS[i] - 1];
        }
        return out;
    }
}
