package io.capacity.core.model.arima;

import io.capacity.core.stats.StatsGolden;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * auto-ARIMA's d and D against R's {@code nsdiffs} then {@code ndiffs} on the seasonally differenced series
 * (src/test/R/stats.R: differencing.csv), including M4 H247, where a classical-decomposition strength once chose
 * D = 0 against R's D = 1, and series within 0.01 of the 0.64 threshold on either side (H73, H135).
 */
class DifferencingGoldenTest {

    @Test
    void chosenDifferencesMatchR() {
        int rows = 0;
        for (Map<String, String> row : StatsGolden.rows("differencing.csv")) {
            String name = row.get("series");
            int m = Integer.parseInt(row.get("m"));
            double[] x = StatsGolden.series(name);
            AutoArimaSpec spec = AutoArimaSpec.of(m);
            int sd = m > 1 ? DifferencingDecision.seasonal(name, x, spec) : 0;
            assertEquals(Integer.parseInt(row.get("D")), sd, name + " D");
            assertEquals(Integer.parseInt(row.get("d")), DifferencingDecision.regular(name, x, sd, spec), name + " d");
            rows++;
        }
        assertEquals(18, rows);
    }

    @Test
    void forcedDifferencesAreKept() {
        double[] x = StatsGolden.series("m4_h247");
        AutoArimaSpec spec = AutoArimaSpec.of(24).withDifferences(1, 0);
        assertEquals(0, DifferencingDecision.seasonal("h247", x, spec));
        assertEquals(1, DifferencingDecision.regular("h247", x, 0, spec));
    }
}
