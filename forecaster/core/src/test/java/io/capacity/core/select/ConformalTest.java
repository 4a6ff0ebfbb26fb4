package io.capacity.core.select;

import io.capacity.core.backtest.WindowResult;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.Quality;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConformalTest {
    private static Forecast flat(double mean, double sd, int h) {
        double[] m = new double[h];
        double[] s = new double[h];
        java.util.Arrays.fill(m, mean);
        java.util.Arrays.fill(s, sd);
        return new Forecast("x", null, Duration.ofHours(1), m, Intervals.normal(m, s, 80, 95), null, null, "t", null,
                Quality.ungraded());
    }

    @Test
    void quantileIsTheFiniteSampleSplitConformalRank() {
        double[] scores = new double[19];
        for (int i = 0; i < 19; i++) {
            scores[i] = i + 1;
        }
        Conformal c = new Conformal(true, scores, 1);
        assertEquals(19, c.quantile(95), 0.0); // ceil(20 * 0.95) = 19th smallest
        assertEquals(16, c.quantile(80), 0.0); // ceil(20 * 0.80) = 16th smallest
        assertEquals(19, c.quantile(99), 0.0); // rank 20 capped at the largest
    }

    @Test
    void scoresAreErrorsInUnitsOfTheModelsOwnSdAndWidenTooNarrowIntervals() {
        // Model claims sd 1 but errors are 0..19 * 0.5: scaled scores equal the absolute errors.
        double[] actual = new double[20];
        for (int i = 0; i < 20; i++) {
            actual[i] = 100 + 0.5 * i;
        }
        WindowResult w = new WindowResult(50, flat(100, 1, 20), actual, 1);
        Conformal c = Conformal.fit(List.of(w)).withWeight(1);
        assertTrue(c.scaled());
        assertEquals(20, c.size());
        Forecast out = c.apply(flat(200, 2, 3));
        // 95: ceil(21 * 0.95) = 20th of {0, 0.5, ..., 9.5} = 9.5 sd units; sd here is 2.
        assertArrayEquals(new double[]{181, 181, 181}, out.interval(95).orElseThrow().lower(), 1e-9);
        assertArrayEquals(new double[]{200, 200, 200}, out.mean(), 0.0);
        // 80: ceil(21 * 0.8) = 17th = 8.0 sd units.
        assertArrayEquals(new double[]{216, 216, 216}, out.interval(80).orElseThrow().upper(), 1e-9);
    }

    @Test
    void theDefaultShrinksTheBacktestQuantileGeometricallyTowardsTheModelsOwn() {
        double[] actual = new double[20];
        for (int i = 0; i < 20; i++) {
            actual[i] = 100 + 0.5 * i;
        }
        Conformal c = Conformal.fit(List.of(new WindowResult(50, flat(100, 1, 20), actual, 1)));
        assertEquals(Conformal.WEIGHT, c.weight(), 0.0);
        // 95: 9.5^0.3 * 1.959964^0.7 sd units of 2 around 200; narrower than pure conformal, wider than the model's.
        double q = Math.pow(9.5, 0.3) * Math.pow(1.959963984540054, 0.7);
        assertTrue(q < 9.5 && q > 1.96);
        assertArrayEquals(new double[]{200 - 2 * q, 200 - 2 * q, 200 - 2 * q},
                c.apply(flat(200, 2, 3)).interval(95).orElseThrow().lower(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> c.withWeight(1.5));
    }

    @Test
    void aModelBandFarWiderThanItsBacktestErrorsWidensTheirQuantileByAtMostTheCapForItsWindow() {
        // The model claims sd 10 but errors are 0, 0.1, ..., 1.9: scaled scores 0 to 0.19, the 95 % rank 0.19.
        double[] actual = new double[20];
        for (int i = 0; i < 20; i++) {
            actual[i] = 100 + 0.1 * i;
        }
        Conformal c = Conformal.fit(List.of(new WindowResult(50, flat(100, 10, 20), actual, 1)));
        assertEquals(0.19, c.quantile(95), 1e-12);
        double blend = Math.pow(0.19, Conformal.WEIGHT) * Math.pow(Intervals.normalQuantile(95), 1 - Conformal.WEIGHT);
        assertTrue(blend > 3 * 0.19, "most of the way to the model's own would quintuple the band");
        // Windows of 20 steps: the cap at 95 % is 1 + 0.25 z95^2 sqrt(48 / 20).
        assertEquals(20, c.window());
        double cap = 1 + 0.25 * Math.pow(1.959963984540054, 2) * Math.sqrt(48 / 20.0);
        assertEquals(cap, c.maxWidening(95), 1e-12);
        assertEquals(0.19 * cap, c.multiplier(95), 1e-12);
        // Around a forecast of sd 10: +- 0.19 x cap sd units, not the model's +- 19.6.
        assertArrayEquals(new double[]{200 - 10 * 0.19 * cap},
                c.apply(flat(200, 10, 1)).interval(95).orElseThrow().lower(), 1e-9);
        // At 80 % the cap is smaller (1 + 0.25 z80^2 sqrt(48 / 20)), on the 80 % rank, ceil(21 * 0.8) = 17th: 0.16.
        double cap80 = 1 + 0.25 * Math.pow(1.2815515655446004, 2) * Math.sqrt(48 / 20.0);
        assertEquals(cap80, c.maxWidening(80), 1e-12);
        assertTrue(cap80 < cap);
        assertEquals(0.16 * cap80, c.multiplier(80), 1e-12);
        // Pure conformal (weight 1) is not widened at all; a calibration without its window keeps the blend.
        assertEquals(0.19, c.withWeight(1).multiplier(95), 1e-12);
        assertEquals(blend, new Conformal(true, c.scores(), Conformal.WEIGHT).multiplier(95), 1e-12);
        // M4 Hourly's windows of 48 steps and day-ahead windows of 288 at 5 minutes.
        Conformal w48 = new Conformal(true, c.scores(), Conformal.WEIGHT, 48);
        Conformal w288 = new Conformal(true, c.scores(), Conformal.WEIGHT, 288);
        assertEquals(1.960, w48.maxWidening(95), 0.0005);
        assertEquals(1.411, w48.maxWidening(80), 0.0005);
        assertEquals(1.392, w288.maxWidening(95), 0.0005);
        assertEquals(1.168, w288.maxWidening(80), 0.0005);
    }

    @Test
    void zeroWidthModelsUseAbsoluteErrorsAndTooFewScoresMeanNoCalibration() {
        WindowResult w = new WindowResult(50, flat(10, 0, 12), new double[]{10, 11, 9, 12, 8, 10, 10, 10, 13, 7,
            10, 10}, 1);
        Conformal c = Conformal.fit(List.of(w));
        assertEquals(false, c.scaled());
        assertEquals(3, c.quantile(95), 0.0); // ceil(13 * .95) = 13 -> capped at 12th of sorted |errors|, 3
        assertNull(Conformal.fit(List.of(new WindowResult(5, flat(1, 1, 3), new double[]{1, 2, 3}, 1))));
    }

    @Test
    void coverageIsTheShareOfBacktestScoresInsideTheAppliedBand() {
        double[] scores = new double[100];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i + 1;
        }
        // Absolute scores: the band is the plain quantile, the 96th of 100 at 95 % (ceil(101 x 0.95)).
        Conformal absolute = new Conformal(false, scores, 1);
        assertEquals(0.96, absolute.coverage(95), 1e-12);
        assertEquals(0.81, absolute.coverage(80), 1e-12);
        // Scaled and shrunk towards the model's own z (1.96 at 95 %): a band far narrower than the scores' spread.
        Conformal shrunk = new Conformal(true, scores, 0.5);
        double m = Math.sqrt(96 * Intervals.normalQuantile(95));
        assertEquals(Math.floor(m) / 100, shrunk.coverage(95), 1e-12);
        assertTrue(Double.isNaN(new Conformal(false, new double[0], 1).coverage(95)));
    }
}
