package io.capacity.planner.demand;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeasonalShapeSpecTest {
    private static double shape(int i) {
        return 10 + 5 * Math.sin(2 * Math.PI * i / 24);
    }

    @Test
    void followsTodaysLevelAlongYesterdaysShape() {
        double[] y = new double[72];
        for (int i = 0; i < y.length; i++) {
            y[i] = shape(i) + (i >= 60 ? 3 : 0);  // the level jumps by 3 today at step 60
        }
        Forecast f = new SeasonalShapeSpec(24, 2).fit(TimeSeries.of("s", y)).forecast(3, 95);
        for (int h = 1; h <= 3; h++) {
            // Seasonal naive would miss the jump, naive the shape: the shape model gets both.
            assertEquals(shape(71 + h) + 3, f.mean(h - 1), 1e-9, "h=" + h);
        }
        double[] up = f.interval(95).orElseThrow().upper();
        assertTrue(up[2] - f.mean(2) > up[0] - f.mean(0), "intervals widen with the horizon");
    }

    @Test
    void fallsBackToPersistenceBeyondTheSeasonsHeld() {
        double[] y = new double[26];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
        }
        Forecast f = new SeasonalShapeSpec(24, 1).fit(TimeSeries.of("s", y)).forecast(30, 95);
        assertEquals(26, f.mean(0), 1e-9);
        assertEquals(25, f.mean(29), 1e-9, "no season 30 steps back: the last value");
    }

    @Test
    void aLongerAnchorHalvesTheWeightOfTheLastSpike() {
        // Period 4; the last value is 2 above its season. Anchor 1: 6 + (y[4] - y[3]) = 6 + (1 - 4) = 3.
        // Anchor 2: (3 + 6) / 2 + (y[4] - (3 + 4) / 2) = 4.5 - 2.5 = 2: half the spike carried forward.
        double[] y = {1, 2, 3, 4, 1, 2, 3, 6};
        assertEquals(3, new SeasonalShapeSpec(4, 1, 1).fit(TimeSeries.of("s", y)).forecast(1).mean(0), 1e-12);
        assertEquals(2, new SeasonalShapeSpec(4, 1, 2).fit(TimeSeries.of("s", y)).forecast(1).mean(0), 1e-12);
        assertEquals(3, SeasonalShapeSpec.quarterHourAnchor(288, 7).anchor(), "5-minute steps: 3 of them");
        assertEquals(1, SeasonalShapeSpec.quarterHourAnchor(24, 7).anchor(), "hourly steps: the last value");
        assertThrows(IllegalArgumentException.class, () -> new SeasonalShapeSpec(4, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SeasonalShapeSpec(4, 1, 5));
    }

    @Test
    void rejectsShortOrGappySeries() {
        var spec = new SeasonalShapeSpec(24, 7);
        assertThrows(IllegalArgumentException.class, () -> spec.fit(TimeSeries.of("s", new double[25])));
        double[] y = new double[30];
        y[3] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> spec.fit(TimeSeries.of("s", y)));
        assertThrows(IllegalArgumentException.class, () -> new SeasonalShapeSpec(0, 1));
    }
}
