package io.capacity.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on {@link Forecast}s shared by the contract kit and model tests. */
public final class ContractAsserts {
    private ContractAsserts() {
    }

    /** Exactly equal: same points, intervals, fit, method and timing (NaN equals NaN). */
    public static void assertSameForecast(Forecast expected, Forecast actual) {
        assertEquals(expected.method(), actual.method(), "method");
        assertEquals(expected.start(), actual.start(), "start");
        assertEquals(expected.step(), actual.step(), "step");
        assertArrayEquals(expected.mean(), actual.mean(), "mean");
        assertArrayEquals(expected.fitted(), actual.fitted(), "fitted");
        assertArrayEquals(expected.residuals(), actual.residuals(), "residuals");
        assertEquals(expected.intervals().size(), actual.intervals().size(), "interval count");
        for (int i = 0; i < expected.intervals().size(); i++) {
            PredictionInterval e = expected.intervals().get(i);
            PredictionInterval a = actual.intervals().get(i);
            assertEquals(e.level(), a.level(), "level");
            assertArrayEquals(e.lower(), a.lower(), "lower " + e.level());
            assertArrayEquals(e.upper(), a.upper(), "upper " + e.level());
        }
    }

    /** Every point is finite and inside every interval. */
    public static void assertBracketed(Forecast fc) {
        for (int h = 0; h < fc.horizon(); h++) {
            double m = fc.mean(h);
            assertTrue(Double.isFinite(m), "mean at step " + h + " is " + m);
            for (PredictionInterval pi : fc.intervals()) {
                assertTrue(pi.lower(h) <= m && m <= pi.upper(h), "step " + h + ": " + pi.lower(h) + " <= " + m
                        + " <= " + pi.upper(h) + " fails at level " + pi.level());
            }
        }
    }

    /** Each interval lies inside every interval of a higher level. */
    public static void assertNested(Forecast fc) {
        var pis = fc.intervals();
        for (int i = 1; i < pis.size(); i++) {
            PredictionInterval narrow = pis.get(i - 1);
            PredictionInterval wide = pis.get(i);
            for (int h = 0; h < fc.horizon(); h++) {
                assertTrue(wide.lower(h) <= narrow.lower(h) && narrow.upper(h) <= wide.upper(h),
                        "step " + h + ": " + narrow.level() + " % not inside " + wide.level() + " %");
            }
        }
    }
}
