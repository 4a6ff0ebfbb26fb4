package io.capacity.core.model.arima;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Autocovariances against closed forms (Brockwell and Davis, section 3.3). */
class ArmaCovarianceTest {

    @Test
    void ar1AndArma11MatchClosedForms() {
        double phi = 0.7;
        double[] ar = ArAutocovariance.of(new double[] {phi}, 1, 4);
        for (int k = 0; k < 4; k++) {
            assertEquals(Math.pow(phi, k) / (1 - phi * phi), ar[k], 1e-12, "AR(1) lag " + k);
        }
        double th = 0.4;
        double[] g = ArmaCovariance.autocovariances(new double[] {phi}, 1, new double[] {th}, 1, 3);
        double g0 = (1 + 2 * phi * th + th * th) / (1 - phi * phi);
        double g1 = (1 + phi * th) * (phi + th) / (1 - phi * phi);
        assertEquals(g0, g[0], 1e-12);
        assertEquals(g1, g[1], 1e-12);
        assertEquals(phi * g1, g[2], 1e-12);
    }

    @Test
    void ar2MatchesYuleWalker() {
        double a1 = 0.5;
        double a2 = 0.3;
        double[] g = ArAutocovariance.of(new double[] {a1, a2}, 2, 5);
        // Yule-Walker: rho1 = a1 / (1 - a2); gamma0 = 1 / (1 - a1 rho1 - a2 rho2)
        double rho1 = a1 / (1 - a2);
        double rho2 = a1 * rho1 + a2;
        assertEquals(1 / (1 - a1 * rho1 - a2 * rho2), g[0], 1e-12);
        assertEquals(rho1 * g[0], g[1], 1e-12);
        assertEquals(a1 * g[2] + a2 * g[1], g[3], 1e-12);
    }

    @Test
    void nonStationaryArHasNone() {
        assertNull(ArAutocovariance.of(new double[] {0.6, 0.5}, 2, 4));
    }
}
