package io.capacity.planner.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeakCalibrationTest {
    /** Demand 100 at every step, so the realised peak of any window is 100. */
    private static final PeakCalibration.PeakReader FLAT = (from, to) -> 100;

    @Test
    void aForecastCountsOnlyOnceItsWindowHasPassed() {
        PeakCalibration c = new PeakCalibration(100, 0.95, true);
        c.forecast(0, 10, 80);
        c.realise(9, FLAT);
        assertEquals(0, c.size(), "the window [0, 10) is not over at step 9");
        assertTrue(Double.isNaN(c.factor(0.7)), "no evidence yet");
        c.realise(10, FLAT);
        assertEquals(1, c.size());
        // One ratio: the rank is past the end, so the worst ratio, (100 + 0.01) / (80 + 0.01).
        assertEquals(100.01 / 80.01, c.factor(0.7), 1e-12);
    }

    @Test
    void theConformalRankIgnoresOneFreakMissButTheWorstStaysWithinCapacity() {
        PeakCalibration c = freak(true);
        assertEquals(100, c.size());
        // Quantile tier 0.8; worst tier 2 x headroom 0.5 = 1: the bound must hold the worst miss at full capacity.
        assertEquals(1.0, c.factor(0.5), 1e-3);
        assertEquals(0.8, c.factor(0.3), 1e-3, "with room to spare the quantile tier tightens the forecast");
        assertEquals(0.8, c.median(), 1e-3, "rank ceil(0.5 x 101) = 51: the expected peak ignores the freak");
        assertEquals(0.8, freak(false).factor(0.5), 1e-3, "without the worst tier the rank alone counts");
    }

    /** 99 forecasts of 125 (ratio 0.8) and one of 50 (ratio 2): rank ceil(0.95 * 101) = 96 is a 0.8. */
    private static PeakCalibration freak(boolean worstTier) {
        PeakCalibration c = new PeakCalibration(1000, 0.95, worstTier);
        for (int i = 0; i < 99; i++) {
            c.forecast(i, i + 1, 125 - 0.01);
        }
        c.forecast(99, 100, 50 - 0.01);
        c.realise(100, FLAT);
        return c;
    }

    @Test
    void forgetsRatiosOutsideTheWindow() {
        PeakCalibration c = new PeakCalibration(2, 0.5, true);
        c.forecast(0, 1, 50 - 0.01);
        c.forecast(1, 2, 100 - 0.01);
        c.forecast(2, 3, 100 - 0.01);
        c.realise(3, FLAT);
        assertEquals(2, c.size());
        assertEquals(1.0, c.factor(1.0), 1e-3);
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new PeakCalibration(0, 0.95, true));
        assertThrows(IllegalArgumentException.class, () -> new PeakCalibration(10, 1.0, true));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationRule(true, java.time.Duration.ZERO, true));
    }
}
