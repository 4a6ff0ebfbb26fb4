package io.capacity.core.model.ets;

import io.capacity.core.fixtures.WwwUsage;
import io.capacity.core.forecast.Forecast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden values from R forecast 8.20 {@code ets(WWWusage, model = "ANN")} and {@code model = "AAN", damped = TRUE},
 * h = 24, printed by {@code src/test/R/theta_ets.R} under the same labels (steps 1, 2, 12, 24). Both sides
 * estimate the weights and initial states numerically within the same bounds. For simple smoothing they agree to
 * 1e-4 relative. The damped fit's likelihood is flat in phi and R's Nelder-Mead stops at a local optimum
 * (phi 0.815, SSE 1161.317) where ours reaches phi 0.8 with a lower SSE: there the test asks for an SSE no worse
 * than R's and agreement on the first two steps, which the damping barely touches.
 */
class EtsGoldenTest {
    private static final int[] STEPS = {1, 2, 12, 24};

    @Test
    void simpleExponentialSmoothing() {
        check(Trend.NONE, 1e-4,
                new double[]{220.000200176543, 220.000200176543, 220.000200176543, 220.000200176543},
                new double[]{212.529078007361, 209.434966514150, 194.121847812411, 183.402835905716},
                new double[]{231.426295520177, 236.158330698385, 259.577724777656, 275.971038829011});
    }

    @Test
    void dampedTrend() {
        double sse = 0;
        for (double r : new EtsSpec(Trend.DAMPED, 1).fit(WwwUsage.series()).residuals()) {
            sse += r * r;
        }
        assertTrue(sse <= 1161.31678985225 * (1 + 1e-9), "SSE " + sse + " worse than R's 1161.317");
        check(Trend.DAMPED, 2e-3, new double[]{218.366334921758, 217.035068660619},
                new double[]{213.885596045262, 207.761141335020},
                new double[]{225.219033680179, 231.218316562698});
    }

    private static void check(Trend trend, double rel, double[] mean, double[] lower80, double[] upper95) {
        Forecast fc = new EtsSpec(trend, 1).fit(WwwUsage.series()).forecast(24, 80, 95);
        for (int i = 0; i < mean.length; i++) {
            int s = STEPS[i] - 1;
            assertEquals(mean[i], fc.mean(s), rel * mean[i], "mean at step " + STEPS[i]);
            assertEquals(lower80[i], fc.interval(80).orElseThrow().lower(s), rel * lower80[i], "lower80 " + STEPS[i]);
            assertEquals(upper95[i], fc.interval(95).orElseThrow().upper(s), rel * upper95[i], "upper95 " + STEPS[i]);
        }
    }
}
