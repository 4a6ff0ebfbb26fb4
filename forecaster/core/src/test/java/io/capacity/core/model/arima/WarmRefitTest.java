package io.capacity.core.model.arima;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Warm-started refits of a cached ARIMA choice ({@link ArimaRefitSpec} with a start, {@link WarmRefit}): seeded
 * recovery (simulate from known coefficients, fit cold, append a day, refit warm from the cold estimate) and each path
 * back to the cold estimate.
 */
class WarmRefitTest {
    private static final ArimaOrder ORDER = ArimaOrder.of(1, 0, 0, 1, 1, 0, 24);
    private static final double[] TRUTH = {0.7, -0.4};
    private static final AutoArimaSpec SEARCH = AutoArimaSpec.of(24);

    private static ArimaRefitSpec refit(StartValues start) {
        return new ArimaRefitSpec(SEARCH, ArimaSpec.of(ORDER), start);
    }

    private static TimeSeries series(double[] y, int n) {
        return TimeSeries.of("sim", Arrays.copyOf(y, n));
    }

    @Test
    void aWarmRefitRecoversTheCoefficientsInFewerIterationsWithALikelihoodNoWorseThanCold() {
        double[] y = Simulate.arima(ORDER, TRUTH, 1.0, 28 * 24 + 24, 14);
        ArimaModel first = refit(StartValues.NONE).fit(series(y, 28 * 24));
        StartValues start = first.startValues().orElseThrow();
        assertFalse(start.warm() || start.checked(), "a cold fit's estimate starts the next refit unchecked");
        assertArrayEquals(TRUTH, first.coefficients(), 0.08);

        TimeSeries longer = series(y, 28 * 24 + 24);
        ArimaModel cold = refit(StartValues.NONE).fit(longer);
        ArimaModel check = refit(start).fit(longer);
        assertArrayEquals(cold.coefficients(), check.coefficients(), 0,
                "the first warm refit compares with the cold estimate and, as good, keeps the cold one");
        StartValues next = check.startValues().orElseThrow();
        assertTrue(next.warm() && next.checked(), "the warm start held and is checked: " + next);

        ArimaModel warm = refit(next).fit(longer);
        assertEquals(cold.arimaSpec(), warm.arimaSpec(), "same orders");
        assertArrayEquals(TRUTH, warm.coefficients(), 0.08);
        assertArrayEquals(cold.coefficients(), warm.coefficients(), 1e-3);
        assertTrue(warm.diagnostics().logLik() >= cold.diagnostics().logLik() - WarmRefit.LOGLIK_TOLERANCE,
                warm.diagnostics().logLik() + " vs cold " + cold.diagnostics().logLik());
        assertTrue(warm.startValues().orElseThrow().warm());
        assertTrue(warm.diagnostics().evaluations() < cold.diagnostics().evaluations(),
                warm.diagnostics().evaluations() + " evaluations warm vs " + cold.diagnostics().evaluations());

        double[] more = Simulate.arima(ORDER, TRUTH, 1.0, 28 * 24 + 48, 14);
        ArimaModel later = refit(warm.startValues().orElseThrow()).fit(series(more, more.length));
        ArimaModel laterCold = refit(StartValues.NONE).fit(series(more, more.length));
        assertArrayEquals(TRUTH, later.coefficients(), 0.08);
        assertTrue(later.diagnostics().logLik() >= laterCold.diagnostics().logLik() - WarmRefit.LOGLIK_TOLERANCE);
    }

    @Test
    void aStartWithARootInsideTheUnitCircleRefitsCold() {
        double[] y = Simulate.arima(ORDER, TRUTH, 1.0, 28 * 24, 15);
        ArimaModel m = refit(new StartValues(new double[] {1.2, -0.4}, true, true)).fit(series(y, y.length));
        ArimaModel cold = refit(StartValues.NONE).fit(series(y, y.length));
        assertArrayEquals(cold.coefficients(), m.coefficients(), 0);
        assertFalse(m.startValues().orElseThrow().warm(), "fell back to the cold estimate");
        assertFalse(m.startValues().orElseThrow().checked());
    }

    @Test
    void aWarmEstimateWithNearlyCancellingFactorsTheStartLackedRefitsCold() {
        // White noise fitted as ARMA(1,1): the optimum nearly cancels (ar1 close to -ma1); the start does not.
        ArimaOrder o = ArimaOrder.of(1, 0, 1);
        double[] y = Simulate.arima(ArimaOrder.of(0, 0, 0), new double[0], 1.0, 600, 21);
        ArimaRefitSpec spec = new ArimaRefitSpec(SEARCH, ArimaSpec.of(o), new StartValues(new double[] {0.5, 0.3},
                true, true));
        assertFalse(NearCancel.near(o, spec.start().values()));
        ArimaModel m = spec.fit(TimeSeries.of("noise", y));
        assertTrue(NearCancel.near(o, m.coefficients()), Arrays.toString(m.coefficients()));
        assertFalse(m.startValues().orElseThrow().warm(), "refit cold: " + m.startValues().orElseThrow());
    }

    @Test
    void anUncheckedStartEndingOnAWorseLocalOptimumKeepsTheColdEstimate() {
        // AR(2) with roots 0.9 and -0.8 fitted as ARMA(1,1) has two optima, one per root; the start sits next to the
        // worse one (log-likelihood about -1027 against -954 from the origin).
        ArimaOrder o = ArimaOrder.of(1, 0, 1);
        TimeSeries y = TimeSeries.of("two-optima", Simulate.arima(ArimaOrder.of(2, 0, 0), new double[] {0.1, 0.72},
                1.0, 600, 1));
        double[] nearWorse = {-0.8, 0.0};
        ArimaModel local = Arima.fit(y, ArimaSpec.of(o), SEARCH, true, nearWorse);
        ArimaModel cold = new ArimaRefitSpec(SEARCH, ArimaSpec.of(o)).fit(y);
        assertTrue(local.diagnostics().logLik() < cold.diagnostics().logLik() - 10, "the start leads to the worse one");
        ArimaModel m = new ArimaRefitSpec(SEARCH, ArimaSpec.of(o), StartValues.cold(nearWorse)).fit(y);
        assertArrayEquals(cold.coefficients(), m.coefficients(), 0);
        assertEquals(StartValues.cold(cold.coefficients()), m.startValues().orElseThrow(),
                "the next refit starts from the cold estimate, checked again");
    }

    @Test
    void nearCancellingFactorsAreFoundWithinTheRegularAndTheSeasonalPair() {
        ArimaOrder o = ArimaOrder.of(1, 0, 1, 1, 0, 1, 24);
        assertTrue(NearCancel.near(o, new double[] {0.6, -0.55, 0.1, 0.4}), "ar1 0.6 against ma1 -0.55");
        assertTrue(NearCancel.near(o, new double[] {0.6, 0.2, 0.8, -0.75}), "sar1 0.8 against sma1 -0.75");
        assertFalse(NearCancel.near(o, new double[] {0.6, 0.2, 0.8, 0.3}));
        assertFalse(NearCancel.near(ArimaOrder.of(2, 0, 0), new double[] {0.5, 0.2}), "no MA factor, nothing cancels");
    }

    @Test
    void aStartOfTheWrongLengthIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> refit(new StartValues(new double[] {0.1}, false, false)));
        assertTrue(e.getMessage().contains("needs 2 coefficients, got 1"), e.getMessage());
    }
}
