package io.capacity.core.model.mstl;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded recovery: a known daily + weekly pattern plus noise comes back in the forecast of the next two days. */
class MstlRecoveryTest {
    private static double truth(int t) {
        return 100 + 20 * Math.sin(2 * Math.PI * t / 24) + (t % 168 >= 120 ? -15 : 0);
    }

    @Test
    void recoversDailyAndWeeklyProfiles() {
        Random rnd = new Random(7);
        double[] y = new double[168 * 6];
        for (int t = 0; t < y.length; t++) {
            y[t] = truth(t) + rnd.nextGaussian();
        }
        Forecast fc = MstlSpec.of(24, 168).fit(TimeSeries.of("s", y)).forecast(48, 95);
        double worst = 0;
        for (int h = 0; h < 48; h++) {
            worst = Math.max(worst, Math.abs(fc.mean(h) - truth(y.length + h)));
        }
        assertTrue(worst < 2.5, "largest error against the noise-free pattern " + worst);
        double width = fc.interval(95).orElseThrow().upper(0) - fc.interval(95).orElseThrow().lower(0);
        assertEquals(2 * 1.96, width, 1.5, "95 % width at step 1 should reflect unit noise");
    }

    @Test
    void specRejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> MstlSpec.of());
        assertThrows(IllegalArgumentException.class, () -> MstlSpec.of(1));
        assertThrows(IllegalArgumentException.class, () -> MstlSpec.of(24).withCycles(0));
    }
}
