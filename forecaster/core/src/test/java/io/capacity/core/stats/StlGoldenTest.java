package io.capacity.core.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** STL against R's {@code stl(x, s.window = 11)} (src/test/R/stats.R: stl.csv) and its parameter defaults. */
class StlGoldenTest {

    @Test
    void componentsMatchRsStl() {
        int checked = 0;
        for (Map<String, String> row : StatsGolden.rows("stl.csv")) {
            String name = row.get("series");
            double[] x = StatsGolden.series(name);
            Stl.Decomposition dec = Stl.withDefaults(StatsGolden.frequency(name), 11).decompose(x);
            int i = Integer.parseInt(row.get("index")) - 1;
            double scale = Math.abs(x[i]) + 1;
            String at = name + "[" + (i + 1) + "] ";
            assertEquals(Double.parseDouble(row.get("seasonal")), dec.seasonal()[i], 1e-9 * scale, at + "seasonal");
            assertEquals(Double.parseDouble(row.get("trend")), dec.trend()[i], 1e-9 * scale, at + "trend");
            assertEquals(Double.parseDouble(row.get("remainder")), dec.remainder()[i], 1e-9 * scale, at + "remainder");
            checked++;
        }
        assertTrue(checked >= 90, "only " + checked + " STL rows checked");
    }

    @Test
    void defaultsAreRs() {
        // stl(x, s.window = 11) with frequency 24: t.window = nextodd(ceiling(36 / (1 - 1.5/11))) = 43, l.window 25.
        assertEquals(new Stl(24, 11, 43, 25), Stl.withDefaults(24, 11));
        assertEquals(new Stl(12, 11, 21, 13), Stl.withDefaults(12, 11));
        assertEquals(new Stl(4, 11, 7, 5), Stl.withDefaults(4, 11));
    }

    @Test
    void componentsAddUpAndATrendPlusFixedSeasonIsRecovered() {
        int m = 7;
        double[] x = new double[10 * m];
        for (int t = 0; t < x.length; t++) {
            x[t] = 5 + 0.1 * t + (t % m == 2 ? 3 : 0) - 3.0 / m;
        }
        Stl.Decomposition dec = Stl.withDefaults(m, 11).decompose(x);
        for (int t = 0; t < x.length; t++) {
            assertEquals(x[t], dec.seasonal()[t] + dec.trend()[t] + dec.remainder()[t], 1e-12);
            // Two non-robust passes do not reproduce a spike season exactly (the low-pass leaks ~0.2 % of it).
            assertEquals((t % m == 2 ? 3 : 0) - 3.0 / m, dec.seasonal()[t], 0.03, "season at " + t);
            assertEquals(0, dec.remainder()[t], 0.03, "remainder at " + t);
        }
        assertTrue(SeasonalStrength.of(x, m) > 0.99);
    }

    @Test
    void rejectsEvenWindowsAndShortSeries() {
        assertThrows(IllegalArgumentException.class, () -> new Stl(12, 10, 21, 13));
        assertThrows(IllegalArgumentException.class, () -> new Stl(1, 11, 21, 13));
        assertThrows(IllegalArgumentException.class, () -> Stl.withDefaults(12, 11).decompose(new double[24]));
    }
}
