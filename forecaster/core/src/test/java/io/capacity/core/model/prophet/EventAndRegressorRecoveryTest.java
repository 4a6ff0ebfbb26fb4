package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventAndRegressorRecoveryTest {
    private static final int N = 24 * 7 * 6;

    /** Sunday 02:00-06:00 maintenance every week, seven weeks (the last one in the forecast window). */
    private static List<Event.Window> sundays() {
        List<Event.Window> w = new ArrayList<>();
        for (int week = 0; week < 7; week++) {
            Instant start = Synthetic.START.plus(Duration.ofDays(6 + 7L * week)).plus(Duration.ofHours(2));
            w.add(Event.Window.of(start, Duration.ofHours(4)));
        }
        return w;
    }

    private static boolean inWindow(int t) {
        int hourOfWeek = t % 168;
        return hourOfWeek >= 6 * 24 + 2 && hourOfWeek < 6 * 24 + 6;
    }

    @Test
    void maintenanceDipComesBackAndIsForecast() {
        double[] e = Synthetic.noise(N, 1.0, 41);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            y[t] = 60 + Synthetic.daily(t, 5) + (inWindow(t) ? -20 : 0) + e[t];
        }
        ProphetModel m = ProphetSpec.builder().event(Event.of("maintenance", sundays())).build()
                .fit(Synthetic.hourly("maint", y));
        double[] effect = m.component("maintenance", 0, N + 168);
        for (int t = 0; t < N + 168; t++) {
            assertEquals(inWindow(t) ? -20 : 0, effect[t], 1.0, "effect at step " + t);
        }
        Forecast f = m.forecast(168);
        int dip = 6 * 24 + 3;
        assertTrue(f.mean(dip) < f.mean(dip - 24) - 15, "the future window is forecast as a dip");
    }

    @Test
    void windowsAroundTheEventGetTheirOwnIndicators() {
        double[] e = Synthetic.noise(N, 1.0, 42);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            // The day after maintenance runs 8 higher (catch-up of deferred batch work).
            boolean dayAfter = t >= 6 * 24 + 6 && Math.floorMod(t - (6 * 24 + 6), 168) < 24;
            y[t] = 60 + (inWindow(t) ? -20 : 0) + (dayAfter ? 8 : 0) + e[t];
        }
        Event ev = Event.of("maintenance", sundays()).withWindows(0, 1);
        assertEquals(List.of("maintenance", "maintenance+1"), EventColumns.names(ev));
        // Weekly windows are also a weekly cycle: without seasonalities the event alone must explain them.
        ProphetModel m = ProphetSpec.builder().autoSeasonality(false).event(ev).build()
                .fit(Synthetic.hourly("after", y));
        double[] effect = m.component("maintenance", 0, 168);
        assertEquals(-20, effect[6 * 24 + 3], 1.0);
        assertEquals(8, effect[6 * 24 + 10], 1.0);
        assertEquals(0, effect[24], 1.0);
    }

    @Test
    void extraRegressorEffectAndFutureValues() {
        double[] x = Synthetic.noise(N, 5.0, 43);
        double[] e = Synthetic.noise(N, 0.5, 44);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            y[t] = 30 + 3 * x[t] + e[t];
        }
        ProphetModel m = ProphetSpec.builder().autoSeasonality(false).regressor(Regressor.of("tenants", x)).build()
                .fit(Synthetic.hourly("reg", y));
        double[] c = m.component("tenants", 0, N);
        assertEquals(3.0, (c[10] - c[20]) / (x[10] - x[20]), 0.05);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> m.forecast(5));
        assertTrue(missing.getMessage().contains("tenants"), missing.getMessage());
        Forecast lo = m.forecast(2, Map.of("tenants", new double[] {0, 0}), 95);
        Forecast hi = m.forecast(2, Map.of("tenants", new double[] {10, 10}), 95);
        assertEquals(30.0, hi.mean(1) - lo.mean(1), 1.0);
    }
}
