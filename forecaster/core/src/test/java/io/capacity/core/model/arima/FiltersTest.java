package io.capacity.core.model.arima;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast Chandrasekhar likelihood, the full Kalman filter and the stationary covariance agree with each other. */
class FiltersTest {
    private static final ArimaOrder ORDER = ArimaOrder.of(2, 0, 1, 1, 0, 1, 12);
    private static final double[] COEF = {0.5, -0.2, 0.4, 0.6, -0.5};

    private static StateSpace stateSpace() {
        double[] phi = new double[ORDER.fullAr()];
        double[] theta = new double[ORDER.fullMa()];
        ArmaPolynomials.expandAr(ORDER, COEF, 0, 3, phi);
        ArmaPolynomials.expandMa(ORDER, COEF, 2, 4, theta);
        return StateSpace.of(phi, ORDER.fullAr(), theta, ORDER.fullMa());
    }

    @Test
    void stationaryCovarianceSolvesLyapunov() {
        StateSpace ss = stateSpace();
        int r = ss.r();
        double[] p = ArmaCovariance.full(ss.phi(), ss.p(), ss.theta(), ss.q(), r);
        double[] next = new double[r * r];
        KalmanFilter.predictCovariance(ss, p, next);
        assertArrayEquals(p, next, 1e-9 * p[0]);
    }

    @Test
    void fastAndFullFiltersGiveTheSameLikelihood() {
        StateSpace ss = stateSpace();
        double[] z = Simulate.arima(ORDER, COEF, 1.0, 400, 3);
        double[] out = new double[3];
        assertTrue(FastLikelihood.run(ss, z, out));
        KalmanFilter.Result full = KalmanFilter.run(ss, z);
        assertEquals(full.ssq(), out[0], 1e-8 * full.ssq());
        assertEquals(full.sumlog(), out[1], 1e-8);
    }

    /** Hourly-like seasonal ARMA: the steady state comes early, so most of the series goes through SparseArma. */
    @Test
    void sparseSteadyStateRecursionKeepsTheExactLikelihood() {
        for (double sma : new double[] {-0.5, -0.97}) {
            ArimaOrder o = ArimaOrder.of(2, 0, 2, 2, 0, 1, 24);
            double[] coef = {0.6, -0.1, 0.3, 0.2, 0.4, 0.3, sma};
            double[] phi = new double[o.fullAr()];
            double[] theta = new double[o.fullMa()];
            ArmaPolynomials.expandAr(o, coef, 0, 4, phi);
            ArmaPolynomials.expandMa(o, coef, 2, 6, theta);
            StateSpace ss = StateSpace.of(phi, o.fullAr(), theta, o.fullMa());
            double[] z = Simulate.arima(o, coef, 2.0, 900, 5);
            double[] out = new double[3];
            assertTrue(FastLikelihood.run(ss, z, out));
            KalmanFilter.Result full = KalmanFilter.run(ss, z);
            assertEquals(full.ssq(), out[0], 1e-9 * full.ssq(), "sma " + sma);
            assertEquals(full.sumlog(), out[1], 1e-8, "sma " + sma);
            if (sma == -0.5) {
                assertTrue(out[2] + ss.r() < z.length, "steady at " + out[2] + ": sparse phase not exercised");
            }
        }
    }

    @Test
    void nonStationaryArIsRejected() {
        double[] phi = {1.2};
        assertNull(KalmanFilter.run(StateSpace.of(phi, 1, new double[1], 0), new double[] {1, 2, 3}));
    }

    @Test
    void pacfTransformRoundTrips() {
        double[] coef = {0.5, -0.2, 0.1};
        double[] raw = new double[3];
        assertTrue(PacfTransform.toUnconstrained(coef, 0, 3, raw, 0));
        double[] back = new double[3];
        PacfTransform.toCoefficients(raw, 0, 3, back, 0, new double[3]);
        assertArrayEquals(coef, back, 1e-12);
        assertTrue(!PacfTransform.toUnconstrained(new double[] {1.1}, 0, 1, raw, 0), "AR(1) 1.1 is not stationary");
    }

    @Test
    void differencingPolynomialOfAirlineModel() {
        // (1-B)(1-B^12) = 1 - B - B^12 + B^13
        double[] a = Differencing.coefficients(1, 1, 12);
        assertEquals(13, a.length);
        assertEquals(1, a[0]);
        assertEquals(1, a[11]);
        assertEquals(-1, a[12]);
    }
}
