package io.capacity.core.model.ets;

import io.capacity.core.input.M4Reader;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The optimiser's SSE-only pass gives the full recursion's SSE to the last bit, on real M4 Hourly series. */
class EtsRecursionTest {
    private static final Path M4_HOURLY = Path.of("../../../shared/data/m4/Hourly-train.csv");

    @Test
    void sseOnlyPassMatchesTheFullRecursionBitForBitOnM4Hourly() {
        List<TimeSeries> all = M4Reader.read(M4_HOURLY, Duration.ofHours(1));
        Random rnd = new Random(19);
        int compared = 0;
        for (int s = 0; s < all.size(); s += 13) {
            double[] y = all.get(s).values();
            for (Trend trend : new Trend[] {Trend.NONE, Trend.ADDITIVE, Trend.DAMPED}) {
                for (int m : new int[] {0, 1, 24, 168}) {
                    double[] season0 = new double[m];
                    for (int i = 0; i < m; i++) {
                        season0[i] = rnd.nextGaussian() * 0.1 * y[0];
                    }
                    EtsParams p = new EtsParams(trend, rnd.nextDouble(), 0.3 * rnd.nextDouble(), 0.2 * rnd.nextDouble(),
                            0.8 + 0.18 * rnd.nextDouble(), y[0] * (0.9 + 0.2 * rnd.nextDouble()),
                            rnd.nextGaussian(), season0);
                    assertEquals(EtsRecursion.run(y, p).sse, EtsRecursion.sse(y, p), 0.0,
                            trend + " m=" + m + " on " + all.get(s).id());
                    compared++;
                }
            }
        }
        assertEquals(32 * 12, compared);
    }
}
