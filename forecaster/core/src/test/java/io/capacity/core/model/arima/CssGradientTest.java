package io.capacity.core.model.arima;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adjoint CSS gradient equals central differences of the CSS objective, seasonal lags and regression included. */
class CssGradientTest {

    @Test
    void matchesCentralDifferences() {
        ArimaOrder o = ArimaOrder.of(2, 0, 2, 1, 0, 1, 12);
        double[] coef = {0.4, -0.2, 0.3, 0.1, 0.5, -0.4};
        double[] w = Simulate.arima(o, coef, 1.0, 300, 11);
        double[][] dx = {new double[300]};
        for (int t = 0; t < 300; t++) {
            dx[0][t] = 1;
            w[t] += 3;
        }
        double[] fixed = Arima.nanArray(7);
        ArimaObjective obj = new ArimaObjective(o, w, dx, fixed, new double[] {2.5}, new double[] {0.5}, true);
        obj.kind = ArimaObjective.Kind.CSS;
        double[] x = {0.3, -0.2, 0.25, 0.1, 0.4, -0.3, 0.7};
        double[] g = new double[7];
        assertTrue(obj.cssGradient(x, g));
        for (int i = 0; i < x.length; i++) {
            double h = 1e-5;
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            double fd = (obj.value(up) - obj.value(down)) / (2 * h);
            assertEquals(fd, g[i], 1e-6 * Math.max(1, Math.abs(fd)), "parameter " + i);
        }
    }

    @Test
    void notOfferedForExactLikelihoodOrMissingValues() {
        ArimaOrder o = ArimaOrder.of(1, 0, 0);
        double[] w = {1, 2, Double.NaN, 1, 3, 2, 1, 2};
        ArimaObjective obj = new ArimaObjective(o, w, new double[0][], Arima.nanArray(1), new double[0],
                new double[0], true);
        obj.kind = ArimaObjective.Kind.CSS;
        assertFalse(obj.cssGradient(new double[] {0.1}, new double[1]));
        ArimaObjective ml = new ArimaObjective(o, new double[] {1, 2, 1, 3, 2}, new double[0][], Arima.nanArray(1),
                new double[0], new double[0], true);
        ml.kind = ArimaObjective.Kind.ML;
        assertFalse(ml.cssGradient(new double[] {0.1}, new double[1]));
    }
}
