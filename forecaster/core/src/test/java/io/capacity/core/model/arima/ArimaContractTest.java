package io.capacity.core.model.arima;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model contract (lengths, interval nesting, determinism), validation, xreg and Fourier forecasting. */
class ArimaContractTest {
    private static final TimeSeries AIR = GoldenData.series("log_airpassengers").series();

    @Test
    void forecastShapeAndNestedIntervals() {
        ArimaModel m = Arima.fit(AIR, ArimaSpec.of(0, 1, 1, 0, 1, 1, 12));
        Forecast f = m.forecast(24);
        assertEquals(24, f.horizon());
        assertEquals(AIR.size(), m.fitted().length);
        PredictionInterval p80 = f.interval(80).orElseThrow();
        PredictionInterval p95 = f.interval(95).orElseThrow();
        for (int i = 0; i < 24; i++) {
            assertTrue(p95.lower(i) <= p80.lower(i) && p80.lower(i) <= f.mean(i) && f.mean(i) <= p80.upper(i)
                    && p80.upper(i) <= p95.upper(i), "nesting at step " + i);
        }
        assertTrue(Double.isNaN(m.residuals()[0]), "no residual before the differencing window");
        assertArrayEquals(f.mean(), Arima.fit(AIR, ArimaSpec.of(0, 1, 1, 0, 1, 1, 12)).forecast(24).mean(), 0.0);
    }

    @Test
    void specValidationNamesTheBadValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArimaOrder.of(-1, 0, 0));
        assertTrue(e.getMessage().contains("-1"));
        e = assertThrows(IllegalArgumentException.class, () -> ArimaSpec.of(0, 1, 1, 0, 1, 1, 12).withConstant(true));
        assertTrue(e.getMessage().contains("d+D=2"));
        e = assertThrows(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withFixed(new double[3]));
        assertTrue(e.getMessage().contains("3"));
        assertThrows(IllegalArgumentException.class, () -> new FourierSeason(168, 0));
        assertThrows(IllegalArgumentException.class, () -> AutoArimaSpec.of(0));
    }

    @Test
    void fixedCoefficientIsKept() {
        ArimaModel m = Arima.fit(AIR, ArimaSpec.of(0, 1, 1, 0, 1, 1, 12).withFixed(new double[] {-0.4, Double.NaN}));
        assertEquals(-0.4, m.diagnostics().coefficient("ma1").value(), 0.0);
        assertTrue(m.diagnostics().coefficient("ma1").fixed());
        assertEquals(-0.55, m.diagnostics().coefficient("sma1").value(), 0.03);
    }

    @Test
    void userRegressorsNeedFutureValues() {
        double[] x = new double[AIR.size()];
        for (int t = 0; t < x.length; t++) {
            x[t] = t % 12 == 6 ? 1 : 0;
        }
        ArimaModel m = Arima.fit(AIR, ArimaSpec.of(0, 1, 1, 0, 1, 1, 12).withXreg(Regressors.of(x)));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(12));
        Forecast f = m.forecast(12, Regressors.of(new double[12]), 80);
        assertEquals(12, f.horizon());
    }

    @Test
    void weeklyFourierSeasonOnHourlyData() {
        int n = 24 * 7 * 6;
        double[] y = new double[n];
        java.util.Random rnd = new java.util.Random(7);
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 10 * Math.sin(2 * Math.PI * t / 24) + 6 * Math.cos(2 * Math.PI * (t + 1) / 168)
                    + rnd.nextGaussian();
        }
        TimeSeries s = TimeSeries.of("two-seasons", java.util.Arrays.copyOf(y, n - 48));
        AutoArimaSpec spec = AutoArimaSpec.of(24).withFourier(List.of(new FourierSeason(168, 3)), true);
        ArimaModel m = spec.fit(s);
        assertTrue(m.arimaSpec().fourier().size() == 1, m.method());
        assertEquals(6, m.diagnostics().coefficient("C1-168").value(), 1.0);
        Forecast f = m.forecast(48);
        double mae = 0;
        for (int k = 0; k < 48; k++) {
            mae += Math.abs(f.mean(k) - y[n - 48 + k]) / 48;
        }
        assertTrue(mae < 2.0, "weekly pattern carried into the forecast, MAE " + mae);
    }
}
