package io.capacity.core.model.global;

import io.capacity.core.fixtures.Synthetic;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlobalSpecTest {
    private static final LagDesign DESIGN = new LagDesign(48, 24, 1e-6, 1, 1000);

    /** Daily sine waves of different levels, amplitudes and phases: one shape in window units. */
    private static List<TimeSeries> sines(int count, int n) {
        List<TimeSeries> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                y[t] = 10 * (i + 1) + (i + 2) * Math.sin(2 * Math.PI * t / 24 + i);
            }
            out.add(TimeSeries.of("s" + i, y));
        }
        return out;
    }

    @Test
    void recoversNoiseFreeSeasonalSeriesOfEveryScaleFromTheirPooledWindows() {
        List<TimeSeries> batch = sines(6, 400);
        GlobalSpec spec = GlobalSpec.of(24, DESIGN).forBatch(batch);
        for (TimeSeries s : batch) {
            Forecast fc = spec.forecast(s.head(352), 48, 95);
            double[] truth = s.slice(352, 400).values();
            for (int k = 0; k < 48; k++) {
                // Amplitudes are 2 to 7: errors a thousandth of that are the ridge's and the arithmetic's.
                assertEquals(truth[k], fc.mean(k), 2e-3, s.id() + " step " + (k + 1));
            }
            assertTrue(fc.method().contains("pooled over 6 series"), fc.method());
        }
    }

    @Test
    void neverLearnsFromTheValuesAfterTheCut() {
        List<TimeSeries> batch = noisy(5, 300, 11);
        List<TimeSeries> changed = new ArrayList<>();
        for (TimeSeries s : batch) {
            double[] y = s.values();
            for (int t = 252; t < 300; t++) {
                y[t] += 1000 * (t % 3);
            }
            changed.add(s.withValues(y));
        }
        TimeSeries query = batch.get(2).head(252);
        Forecast a = GlobalSpec.of(24, DESIGN).forBatch(batch).forecast(query, 48, 80, 95);
        Forecast b = GlobalSpec.of(24, DESIGN).forBatch(changed).forecast(query, 48, 80, 95);
        assertArrayEquals(a.mean(), b.mean(), 0);
        assertArrayEquals(a.interval(95).orElseThrow().upper(), b.interval(95).orElseThrow().upper(), 0);
        // ... while another series' values before the cut do matter: they are what it learns from.
        List<TimeSeries> before = new ArrayList<>(batch);
        before.set(0, noisy(1, 300, 12).get(0));
        Forecast c = GlobalSpec.of(24, DESIGN).forBatch(before).forecast(query, 48, 95);
        assertTrue(c.method().contains("pooled over 5 series"), c.method());
        assertNotEquals(a.mean(0), c.mean(0));
    }

    @Test
    void aSeriesOutsideTheBatchOrNeverBoundIsLearntFromItsOwnHistory() {
        List<TimeSeries> batch = noisy(3, 300, 5);
        TimeSeries stranger = Synthetic.seasonal("stranger", 300, 24, 2.0, 9);
        Forecast bound = GlobalSpec.of(24, DESIGN).forBatch(batch).forecast(stranger, 48, 95);
        Forecast own = GlobalSpec.of(24, DESIGN).forecast(stranger, 48, 95);
        assertArrayEquals(own.mean(), bound.mean(), 0);
        assertTrue(own.method().endsWith("own history"), own.method());
        // A series of a held id whose values differ at its end is not the held one.
        TimeSeries impostor = batch.get(0).withValues(stranger.values());
        assertTrue(GlobalSpec.of(24, DESIGN).forBatch(batch).fit(impostor).method().endsWith("own history"));
    }

    @Test
    void intervalsCoverHeldOutNoiseAboutAsAsked() {
        List<TimeSeries> batch = noisy(40, 400, 21);
        GlobalSpec spec = GlobalSpec.of(24, DESIGN).forBatch(batch);
        int in80 = 0;
        int in95 = 0;
        int total = 0;
        for (TimeSeries s : batch) {
            Forecast fc = spec.forecast(s.head(376), 24, 80, 95);
            double[] truth = s.slice(376, 400).values();
            for (int k = 0; k < 24; k++) {
                in80 += inside(fc, 80, k, truth[k]);
                in95 += inside(fc, 95, k, truth[k]);
                total++;
            }
        }
        assertEquals(0.80, in80 / (double) total, 0.06);
        assertEquals(0.95, in95 / (double) total, 0.04);
    }

    @Test
    void forecastsPastItsHorizonContinueFromItsOwnForecast() {
        List<TimeSeries> batch = sines(3, 400);
        GlobalSpec spec = GlobalSpec.of(24, DESIGN).forBatch(batch);
        Forecast fc = spec.forecast(batch.get(1).head(352), 48, 95);
        assertEquals(48, fc.horizon());
        double w24 = fc.interval(95).orElseThrow().upper(23) - fc.mean(23);
        double w48 = fc.interval(95).orElseThrow().upper(47) - fc.mean(47);
        double w0 = fc.interval(95).orElseThrow().upper(0) - fc.mean(0);
        double w25 = fc.interval(95).orElseThrow().upper(24) - fc.mean(24);
        assertEquals(w0 * Math.sqrt(2), w25, 1e-12);
        assertEquals(w24 * Math.sqrt(2), w48, 1e-12);
    }

    @Test
    void bindingReachesTheAutomaticChoicesCandidatesAndLeavesOthersAlone() {
        List<TimeSeries> batch = noisy(2, 300, 3);
        GlobalSpec global = GlobalSpec.of(24, DESIGN);
        AutoSpec auto = AutoSpec.defaults(24, 24).withCandidates(List.of(global));
        AutoSpec bound = auto.forBatch(batch);
        assertEquals(2, ((GlobalSpec) bound.candidates().get(0)).pool().size());
        AutoSpec baselines = AutoSpec.defaults(24, 24);
        assertSame(baselines, baselines.forBatch(batch));
        ModelSpec snaive = baselines.candidates().get(0);
        assertSame(snaive, snaive.forBatch(batch));
    }

    @Test
    void rejectsBadDesignsAndGaps() {
        assertThrows(IllegalArgumentException.class, () -> new LagDesign(0, 24, 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new LagDesign(24, 24, -1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new LagDesign(24, 24, Double.NaN, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new LagDesign(24, 24, 0, 0, 10));
        double[] y = Synthetic.seasonal("gap", 100, 24, 1, 1).values();
        y[50] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> GlobalSpec.of(24, DESIGN).fit(TimeSeries.of("gap", y)));
        assertThrows(IllegalArgumentException.class, () -> GlobalSpec.of(24, DESIGN).fit(TimeSeries.of("x", 1, 2, 3)));
    }

    private static int inside(Forecast fc, double level, int k, double v) {
        var pi = fc.interval(level).orElseThrow();
        return pi.lower(k) <= v && v <= pi.upper(k) ? 1 : 0;
    }

    /** Seasonal series with AR(1) noise, each at its own scale. */
    private static List<TimeSeries> noisy(int count, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<TimeSeries> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double scale = 1 + i % 7;
            double[] y = new double[n];
            double e = 0;
            for (int t = 0; t < n; t++) {
                e = 0.6 * e + Synthetic.gaussian(rnd);
                y[t] = scale * (50 + 10 * Math.sin(2 * Math.PI * t / 24) + 2 * e);
            }
            out.add(TimeSeries.of("n" + i, y));
        }
        return out;
    }
}
