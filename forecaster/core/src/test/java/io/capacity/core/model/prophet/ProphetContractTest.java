package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.series.TimeSeries;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProphetContractTest {
    private static TimeSeries series(int n, long seed) {
        double[] e = Synthetic.noise(n, 2.0, seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 0.05 * t + Synthetic.daily(t, 10) + Synthetic.weekly(t, 5) + e[t];
        }
        return Synthetic.hourly("s" + seed, y);
    }

    @Test
    void lengthsAndOrderingOfBounds() {
        Forecast f = ProphetSpec.defaults().fit(series(600, 1)).forecast(48);
        assertEquals(48, f.horizon());
        assertEquals(600, f.fitted().length);
        assertEquals(600, f.residuals().length);
        PredictionInterval p80 = f.interval(80).orElseThrow();
        PredictionInterval p95 = f.interval(95).orElseThrow();
        for (int i = 0; i < 48; i++) {
            assertTrue(p95.lower(i) <= p80.lower(i) && p80.lower(i) <= f.mean(i), "step " + i);
            assertTrue(f.mean(i) <= p80.upper(i) && p80.upper(i) <= p95.upper(i), "step " + i);
            assertTrue(p80.upper(i) > p80.lower(i), "interval has width at step " + i);
        }
    }

    @Test
    void deterministicUnderTheSeedAndFitThenForecastEqualsOneShot() {
        TimeSeries s = series(500, 2);
        ProphetModel m = ProphetSpec.defaults().fit(s);
        Forecast a = m.forecast(24);
        Forecast b = ProphetSpec.defaults().fit(s).forecast(24);
        assertArrayEquals(a.mean(), b.mean());
        assertArrayEquals(a.interval(95).orElseThrow().upper(), b.interval(95).orElseThrow().upper());
        Forecast other = ProphetSpec.builder().seed(7).build().fit(s).forecast(24);
        assertArrayEquals(a.mean(), other.mean(), "the seed only moves the intervals");
        assertFalse(Arrays.equals(a.interval(95).orElseThrow().upper(), other.interval(95).orElseThrow().upper()));
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] y = series(300, 3).values();
        TimeSeries s = Synthetic.hourly("copy", y);
        ProphetModel m = ProphetSpec.defaults().fit(s);
        double[] fitted = m.fitted();
        fitted[0] = Double.NaN;
        assertTrue(Double.isFinite(m.fitted()[0]));
        double[] regValues = new double[310];
        Regressor r = Regressor.of("x", regValues);
        regValues[0] = 99;
        assertEquals(0.0, r.values()[0]);
        r.values()[1] = 5;
        assertEquals(0.0, r.values()[1]);
        double[] levels = {50, 90};
        ProphetSpec spec = ProphetSpec.builder().levels(levels).build();
        levels[0] = 10;
        assertEquals(50, spec.levels()[0]);
    }

    @Test
    void timestampsContinueFromTheSeriesEnd() {
        TimeSeries s = series(240, 4);
        Forecast f = ProphetSpec.defaults().fit(s).forecast(5);
        assertEquals(s.timeAt(240), f.start());
        assertEquals(s.timeAt(244), f.timeAt(4));
        Forecast untimed = ProphetSpec.defaults().fit(TimeSeries.of("u", s.values())).forecast(5);
        assertNull(untimed.start());
    }

    @Test
    void constantSeriesForecastsTheConstant() {
        double[] y = new double[200];
        Arrays.fill(y, 42.0);
        Forecast f = ProphetSpec.defaults().fit(Synthetic.hourly("flat", y)).forecast(24);
        for (int i = 0; i < 24; i++) {
            assertEquals(42.0, f.mean(i), 1e-3);
            assertTrue(f.interval(95).orElseThrow().lower(i) <= 42.0 + 1e-3);
            assertTrue(f.interval(95).orElseThrow().upper(i) >= 42.0 - 1e-3);
        }
    }

    @Test
    void shortSeriesStillForecastsAndIsGradedUncertain() {
        ProphetModel m = ProphetSpec.defaults().fit(TimeSeries.of("short", 3, 5, 4, 6, 5));
        Forecast f = m.forecast(3);
        assertEquals(3, f.horizon());
        for (double v : f.mean()) {
            assertTrue(Double.isFinite(v));
        }
        assertEquals(io.capacity.core.forecast.Grade.UNCERTAIN, f.quality().grade());
        assertThrows(IllegalArgumentException.class, () -> ProphetSpec.defaults().fit(TimeSeries.of("one", 3)));
    }

    @Test
    void missingValuesAreSkippedNotFitted() {
        double[] y = series(400, 5).values();
        y[100] = Double.NaN;
        y[101] = Double.NaN;
        ProphetModel m = ProphetSpec.defaults().fit(Synthetic.hourly("gaps", y));
        assertTrue(Double.isNaN(m.residuals()[100]));
        assertTrue(Double.isFinite(m.fitted()[100]));
        assertTrue(Double.isFinite(m.forecast(10).mean(9)));
    }

    @Test
    void rejectsBadHorizonAndLevels() {
        ProphetModel m = ProphetSpec.defaults().fit(series(200, 6));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(0));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(5, 100.0));
    }

    @Test
    void methodNamesTheFittedStructure() {
        ProphetModel m = ProphetSpec.defaults().fit(series(600, 7));
        assertEquals("Prophet(linear, 25 changepoints, daily[4], weekly[3])", m.method());
        assertNotEquals("", m.quality().reason());
    }
}
