package io.capacity.core.model.arima;

import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Simulate from known parameters with a fixed seed, fit, and require the parameters back within bounds. */
class RecoveryTest {

    private static ArimaDiagnostics fit(ArimaSpec spec, double[] y) {
        return Arima.fit(TimeSeries.of("sim", y), spec).diagnostics();
    }

    @Test
    void arma11() {
        ArimaOrder o = ArimaOrder.of(1, 0, 1);
        double[] y = Simulate.arima(o, new double[] {0.6, -0.3}, 1.0, 2000, 11);
        ArimaDiagnostics d = fit(ArimaSpec.of(o), y);
        assertEquals(0.6, d.coefficient("ar1").value(), 0.06);
        assertEquals(-0.3, d.coefficient("ma1").value(), 0.07);
        assertEquals(1.0, d.sigma2(), 0.08);
    }

    @Test
    void ar2WithMean() {
        ArimaOrder o = ArimaOrder.of(2, 0, 0);
        double[] y = Simulate.arima(o, new double[] {0.5, -0.3}, 2.0, 1500, 12);
        for (int t = 0; t < y.length; t++) {
            y[t] += 50;
        }
        ArimaDiagnostics d = fit(ArimaSpec.of(o).withConstant(true), y);
        assertEquals(0.5, d.coefficient("ar1").value(), 0.05);
        assertEquals(-0.3, d.coefficient("ar2").value(), 0.05);
        assertEquals(50, d.coefficient("intercept").value(), 0.3);
        assertEquals(4.0, d.sigma2(), 0.35);
    }

    @Test
    void airlineModelSeasonal12() {
        ArimaOrder o = ArimaOrder.of(0, 1, 1, 0, 1, 1, 12);
        double[] y = Simulate.arima(o, new double[] {-0.4, -0.6}, 1.0, 720, 13);
        ArimaDiagnostics d = fit(ArimaSpec.of(o), y);
        assertEquals(-0.4, d.coefficient("ma1").value(), 0.08);
        assertEquals(-0.6, d.coefficient("sma1").value(), 0.08);
    }

    @Test
    void hourlySeasonalArWithDrift() {
        ArimaOrder o = ArimaOrder.of(1, 0, 0, 1, 1, 0, 24);
        double[] y = Simulate.arima(o, new double[] {0.7, -0.4}, 1.0, 1200, 14);
        ArimaDiagnostics d = fit(ArimaSpec.of(o), y);
        assertEquals(0.7, d.coefficient("ar1").value(), 0.05);
        assertEquals(-0.4, d.coefficient("sar1").value(), 0.07);
    }

    @Test
    void missingValuesStillRecover() {
        ArimaOrder o = ArimaOrder.of(1, 0, 1);
        double[] y = Simulate.arima(o, new double[] {0.6, 0.3}, 1.0, 2000, 15);
        Random rnd = new Random(16);
        for (int i = 0; i < 100; i++) {
            y[rnd.nextInt(y.length)] = Double.NaN;
        }
        ArimaDiagnostics d = fit(ArimaSpec.of(o), y);
        assertEquals(0.6, d.coefficient("ar1").value(), 0.06);
        assertEquals(0.3, d.coefficient("ma1").value(), 0.07);
    }

    @Test
    void regressorCoefficientRecovered() {
        ArimaOrder o = ArimaOrder.of(1, 0, 0);
        double[] y = Simulate.arima(o, new double[] {0.5}, 1.0, 1000, 17);
        double[] x = new double[y.length];
        Random rnd = new Random(18);
        for (int t = 0; t < y.length; t++) {
            x[t] = rnd.nextGaussian();
            y[t] += 3 * x[t];
        }
        ArimaDiagnostics d = fit(ArimaSpec.of(o).withXreg(Regressors.of(x)), y);
        assertEquals(3, d.coefficient("xreg1").value(), 0.1);
        assertEquals(0.5, d.coefficient("ar1").value(), 0.06);
    }
}
