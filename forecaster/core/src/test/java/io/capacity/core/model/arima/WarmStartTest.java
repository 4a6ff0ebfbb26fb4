package io.capacity.core.model.arima;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmStartTest {

    @Test
    void oneOrderLargerStartsAtTheSamePolynomials() {
        ArimaOrder from = ArimaOrder.of(2, 0, 1, 1, 1, 1, 24);
        ArimaOrder to = ArimaOrder.of(3, 0, 2, 2, 1, 1, 24);
        double[] coef = {0.5, -0.3, 0.4, 0.6, -0.7, 12.0};
        double[] got = WarmStart.coefficients(from, coef, to, 1, true);
        // ar 0.5, -0.3, 0 | ma 0.4, 0 | sar 0.6, 0 | sma -0.7 | mean
        assertArrayEquals(new double[] {0.5, -0.3, 0, 0.4, 0, 0.6, 0, -0.7, 12.0}, got, 1e-12);
    }

    @Test
    void smallerOrdersKeepLeadingPartialAutocorrelationsAndStayInvertible() {
        ArimaOrder from = ArimaOrder.of(2, 0, 2);
        ArimaOrder to = ArimaOrder.of(1, 0, 1);
        // Durbin-Levinson backwards: AR(2) (0.5, 0.3) has partial autocorrelations (0.5 / 0.7, 0.3).
        double[] coef = {0.5, 0.3, 0.9, 0.2};
        double[] got = WarmStart.coefficients(from, coef, to, 0, true);
        assertEquals(0.5 / (1 - 0.3), got[0], 1e-12, "lag-1 partial autocorrelation of the AR(2)");
        assertEquals(0.9 / (1 + 0.2), got[1], 1e-12, "lag-1 partial autocorrelation of the MA(2), sign kept");
        assertTrue(Math.abs(got[1]) < 1);
    }

    @Test
    void regressionStartsAtLeastSquaresWhenTheRegressorsDiffer() {
        ArimaOrder o = ArimaOrder.of(1, 1, 0);
        double[] got = WarmStart.coefficients(o, new double[] {0.2}, o, 1, false);
        assertEquals(0.2, got[0], 1e-12);
        assertTrue(Double.isNaN(got[1]));
    }
}
