package io.capacity.core.model.theta;

import io.capacity.core.fixtures.AirPassengers;
import io.capacity.core.fixtures.WwwUsage;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden values from R forecast 8.20 {@code thetaf(y, h = 24)}: every literal is printed by
 * {@code src/test/R/theta_ets.R} under the same label (steps 1, 2, 12, 24). The smoothing weight comes from a
 * numerical optimiser on both sides (Nelder-Mead each, different starts), so agreement is to 1e-4 relative, not to
 * R's 15 digits.
 */
class ThetaGoldenTest {
    private static final int[] STEPS = {1, 2, 12, 24};
    private static final double REL = 1e-4;

    @Test
    void airPassengersIsSeasonalAndMultiplicative() {
        check(AirPassengers.series(), 12,
                new double[]{440.078191081586, 428.384280556983, 447.644908742896, 461.915395767090},
                new double[]{426.293757125054, 410.401914200672, 406.939696515488, 404.843748991083},
                new double[]{461.159663593848, 455.885936645395, 509.898158704693, 549.198947382768});
    }

    @Test
    void wwwUsageIsNotSeasonal() {
        check(WwwUsage.series(), 1,
                new double[]{220.309628080144, 220.619025019838, 223.712994416778, 227.425757693105},
                new double[]{212.838505910962, 210.053791357445, 197.834642052646, 190.828393422278},
                new double[]{231.735723423778, 236.777155541680, 263.290519017890, 283.396596345573});
    }

    private static void check(TimeSeries y, int m, double[] mean, double[] lower80, double[] upper95) {
        Forecast fc = new ThetaSpec(m).fit(y).forecast(24, 80, 95);
        for (int i = 0; i < STEPS.length; i++) {
            int s = STEPS[i] - 1;
            assertEquals(mean[i], fc.mean(s), REL * mean[i], "mean at step " + STEPS[i]);
            assertEquals(lower80[i], fc.interval(80).orElseThrow().lower(s), REL * lower80[i], "lower80 " + STEPS[i]);
            assertEquals(upper95[i], fc.interval(95).orElseThrow().upper(s), REL * upper95[i], "upper95 " + STEPS[i]);
        }
    }
}
