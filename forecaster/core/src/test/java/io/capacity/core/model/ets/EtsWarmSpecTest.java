package io.capacity.core.model.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ETS refits started from the last smoothing weights ({@link EtsWarmSpec}), and the cold fallback. */
class EtsWarmSpecTest {
    private static final EtsSpec SIMPLE = new EtsSpec(Trend.NONE, 1);

    /** A local level with smoothing weight {@code alpha}: y = level + e, level += alpha e. */
    private static double[] localLevel(double alpha, int n, long seed) {
        Random rnd = new Random(seed);
        double[] y = new double[n];
        double level = 100;
        for (int t = 0; t < n; t++) {
            double e = rnd.nextGaussian();
            y[t] = level + e;
            level += alpha * e;
        }
        return y;
    }

    @Test
    void aWarmRefitRecoversTheWeightWithAnAiccNoWorseThanCold() {
        double[] y = localLevel(0.3, 700, 5);
        EtsModel first = EtsFitter.fit(TimeSeries.of("lvl", Arrays.copyOf(y, 672)), SIMPLE);
        StartValues start = first.startValues().orElseThrow();
        assertEquals(0.3, start.values()[0], 0.08);
        TimeSeries longer = TimeSeries.of("lvl", y);
        EtsModel cold = EtsFitter.fit(longer, SIMPLE);
        EtsModel check = (EtsModel) new EtsWarmSpec(SIMPLE, start).fit(longer);
        assertEquals(cold.aicc(), check.aicc(), 0, "the first warm refit is compared with the cold one, kept as good");
        StartValues next = check.startValues().orElseThrow();
        assertTrue(next.warm() && next.checked(), next.toString());
        EtsModel warm = (EtsModel) new EtsWarmSpec(SIMPLE, next).fit(longer);
        assertEquals(0.3, warm.startValues().orElseThrow().values()[0], 0.08);
        assertTrue(warm.aicc() <= cold.aicc() + EtsWarmSpec.AICC_TOLERANCE, warm.aicc() + " vs " + cold.aicc());
        assertTrue(warm.startValues().orElseThrow().warm());
    }

    @Test
    void aWarmStartNeedsAConcreteTrendAndFourWeights() {
        assertThrows(IllegalArgumentException.class, () -> new EtsWarmSpec(EtsSpec.auto(),
                StartValues.cold(new double[] {0.2, 0, 1, 0})));
        assertThrows(IllegalArgumentException.class, () -> new EtsWarmSpec(SIMPLE,
                StartValues.cold(new double[] {0.2})));
    }
}
