package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SeasonalityRecoveryTest {
    private static final int N = 24 * 7 * 6;

    @Test
    void dailyAndWeeklyAmplitudesAndPhasesComeBack() {
        double[] e = Synthetic.noise(N, 1.0, 21);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            y[t] = 50 + Synthetic.daily(t, 8) + Synthetic.weekly(t, 4) + e[t];
        }
        ProphetModel m = ProphetSpec.defaults().fit(Synthetic.hourly("seasons", y));
        double[] daily = m.component("daily", 0, 24);
        double[] weekly = m.component("weekly", 0, 168);
        assertEquals(8.0, Synthetic.amplitude(daily), 0.4);
        assertEquals(4.0, Synthetic.amplitude(weekly), 0.4);
        for (int t = 0; t < 24; t++) {
            assertEquals(Synthetic.daily(t, 8), daily[t], 0.5, "daily phase at hour " + t);
        }
        for (int t = 0; t < 168; t += 12) {
            assertEquals(Synthetic.weekly(t, 4), weekly[t], 0.6, "weekly phase at hour " + t);
        }
    }

    @Test
    void multiplicativeSeasonalityScalesWithTheTrend() {
        double[] e = Synthetic.noise(N, 0.5, 22);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            double trend = 20 + 0.1 * t;
            y[t] = trend * (1 + 0.2 * Math.sin(2 * Math.PI * t / 24)) + e[t];
        }
        ProphetModel m = ProphetSpec.builder().seasonalityMode(Mode.MULTIPLICATIVE).autoSeasonality(false)
                .seasonality(Seasonality.daily(4)).residualAr(false).build().fit(Synthetic.hourly("mult", y));
        assertEquals("lbfgs", m.optimiser());
        assertTrue(m.converged());
        assertEquals(0.2, Synthetic.amplitude(m.component("daily", 0, 24)), 0.01);
        double[] trend = m.component("trend", 0, N);
        assertEquals(20 + 0.1 * 500, trend[500], 1.0);
    }

    @Test
    void customPeriodSeasonality() {
        // A 6-hour batch cycle that no automatic seasonality would look for.
        double[] e = Synthetic.noise(N, 0.3, 23);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            y[t] = 10 + 2 * Math.cos(2 * Math.PI * t / 6) + e[t];
        }
        TimeSeries s = Synthetic.hourly("batch", y);
        ProphetModel m = ProphetSpec.builder().autoSeasonality(false)
                .seasonality(Seasonality.of("batch", Duration.ofHours(6), 2)).build().fit(s);
        assertEquals(2.0, Synthetic.amplitude(m.component("batch", 0, 6)), 0.1);
        assertTrue(m.method().contains("batch[2]"));
    }

    @Test
    void automaticSeasonalitiesFollowStepAndLength() {
        double[] y = Synthetic.noise(24 * 10, 1.0, 24);
        String tenDays = ProphetSpec.defaults().fit(Synthetic.hourly("ten-days", y)).method();
        assertTrue(tenDays.contains("daily") && !tenDays.contains("weekly"), tenDays);
        TimeSeries dailySteps = new TimeSeries("days", Synthetic.START, Duration.ofDays(1),
                Synthetic.noise(60, 1.0, 25));
        String sixtyDays = ProphetSpec.defaults().fit(dailySteps).method();
        assertTrue(!sixtyDays.contains("daily") && sixtyDays.contains("weekly"), sixtyDays);
    }
}
