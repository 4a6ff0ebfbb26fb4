package io.capacity.core.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seasonal strength and the KPSS statistic against R (src/test/R/stats.R: differencing.csv): strength as
 * {@code forecast:::seas.heuristic}, KPSS as {@code urca::ur.kpss(type = "mu", use.lag = trunc(3 sqrt(n) / 13))} on
 * the series after R's {@code nsdiffs} seasonal differences.
 */
class DifferencingTestsGoldenTest {

    @Test
    void seasonalStrengthMatchesR() {
        for (Map<String, String> row : StatsGolden.rows("differencing.csv")) {
            if (row.get("strength").equals("NA")) {
                continue;
            }
            double[] x = StatsGolden.series(row.get("series"));
            double fs = SeasonalStrength.of(x, Integer.parseInt(row.get("m")));
            assertEquals(Double.parseDouble(row.get("strength")), fs, 1e-9, row.get("series"));
        }
    }

    @Test
    void kpssMatchesUrca() {
        for (Map<String, String> row : StatsGolden.rows("differencing.csv")) {
            double[] x = StatsGolden.series(row.get("series"));
            int m = Integer.parseInt(row.get("m"));
            if (Integer.parseInt(row.get("D")) == 1) {
                double[] dx = new double[x.length - m];
                for (int t = 0; t < dx.length; t++) {
                    dx[t] = x[t + m] - x[t];
                }
                x = dx;
            }
            Kpss.Result k = Kpss.test(x);
            assertEquals(Integer.parseInt(row.get("kpss_lag")), k.lag(), row.get("series") + " lag");
            double want = Double.parseDouble(row.get("kpss_stat"));
            assertEquals(want, k.statistic(), 1e-9 * want, row.get("series") + " statistic");
        }
    }
}
