package io.capacity.core.model.arima;

import io.capacity.core.input.M4Reader;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fused fast likelihood reproduces the three-pass kernel it replaced ({@link FastLikelihoodReference}) to the last
 * bit, on real M4 Hourly series seasonally differenced as auto-ARIMA differences them, over the seasonal orders its
 * search visits, with partial autocorrelations from mild to next to the unit circle (where the filter never reaches
 * its steady state) and pure AR models (where it does after p steps).
 */
class FastLikelihoodTest {
    private static final Path M4_HOURLY = Path.of("../../../shared/data/m4/Hourly-train.csv");

    @Test
    void fusedKernelMatchesTheThreePassKernelBitForBitOnM4Hourly() {
        List<TimeSeries> all = M4Reader.read(M4_HOURLY, Duration.ofHours(1));
        Random rnd = new Random(19);
        int steadyRuns = 0;
        int denseRuns = 0;
        for (int s = 0; s < all.size(); s += 23) {
            double[] z = Differencing.apply(all.get(s).values(), Differencing.coefficients(0, 1, 24));
            for (int trial = 0; trial < 12; trial++) {
                ArimaOrder o = ArimaOrder.of(rnd.nextInt(6), 0, trial % 3 == 0 ? 0 : rnd.nextInt(6),
                        rnd.nextInt(3), 0, trial % 3 == 0 ? 0 : rnd.nextInt(3), 24);
                double[] coef = CssKernelsTest.coefficients(o, rnd, trial % 4 == 3 ? 4.0 : 0.8);
                double[] phi = new double[Math.max(1, o.fullAr())];
                double[] theta = new double[Math.max(1, o.fullMa())];
                ArmaPolynomials.expandAr(o, coef, 0, o.p() + o.q(), phi);
                ArmaPolynomials.expandMa(o, coef, o.p(), o.p() + o.q() + o.sp(), theta);
                StateSpace ss = StateSpace.of(phi, o.fullAr(), theta, o.fullMa());
                double[] expected = new double[3];
                double[] actual = new double[3];
                boolean ok = FastLikelihoodReference.run(ss, z, expected);
                String what = o + " on " + all.get(s).id();
                assertEquals(ok, FastLikelihood.run(ss, z, actual), what);
                assertArrayEquals(expected, actual, 0.0, what);
                if (ok && expected[2] < z.length) {
                    steadyRuns++;
                } else if (ok) {
                    denseRuns++;
                }
            }
        }
        assertTrue(steadyRuns > 20 && denseRuns > 20, "both branches exercised: " + steadyRuns + " reached the steady"
                + " state, " + denseRuns + " never did");
    }
}
