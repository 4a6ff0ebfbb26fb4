package io.capacity.core.select;

import io.capacity.core.fixtures.Synthetic;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectorTest {
    private final AutoSpec auto = AutoSpec.defaults(24, 24);

    @Test
    void seasonalSeriesChoosesSeasonalNaiveAndSaysHowToOverride() {
        AutoModel m = auto.fit(Synthetic.seasonal("web", 24 * 20, 24, 1.0, 7));
        Selection sel = m.selection();
        assertEquals("Seasonal naive [24]", sel.chosen());
        assertEquals(3, sel.windows());
        assertEquals(72, sel.conformal());
        assertEquals(Grade.GOOD, sel.quality().grade(), sel.quality().reason());
        assertTrue(sel.decision().startsWith("series web: chose Seasonal naive [24] by backtest MASE "),
                sel.decision());
        assertTrue(sel.decision().contains("override with option model=NAME (snaive, naive, drift, mean)"),
                sel.decision());
        assertEquals(4, sel.scores().size());
    }

    @Test
    void anExactlyRepeatingSeriesIsRankedAndReportedByMae() {
        double[] y = new double[24 * 20];
        for (int t = 0; t < y.length; t++) {
            y[t] = t % 24 >= 8 ? 250 : 200;
        }
        Selection sel = auto.fit(TimeSeries.of("flat-days", y)).selection();
        assertEquals("Seasonal naive [24]", sel.chosen());
        assertTrue(sel.decision().contains("by backtest MAE 0.000 (MASE undefined: the history repeats each season"
                + " exactly)"), sel.decision());
        assertTrue(sel.decision().contains("naive MAE "), sel.decision());
    }

    @Test
    void trendingRandomWalkChoosesDrift() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] y = new double[400];
        for (int t = 1; t < y.length; t++) {
            y[t] = y[t - 1] + 2 + 0.5 * Synthetic.gaussian(rnd);
        }
        assertEquals("drift", auto.fit(TimeSeries.of("disk", y)).selection().scores().stream()
                .min((a, b) -> Double.compare(a.mase(), b.mase())).orElseThrow().name());
        assertEquals("Drift", auto.fit(TimeSeries.of("disk", y)).selection().chosen());
    }

    @Test
    void tooShortFallsBackToABaselineAndSaysWhy() {
        AutoModel m = auto.fit(Synthetic.seasonal("new-host", 40, 24, 1.0, 1));
        assertEquals(Grade.UNCERTAIN, m.selection().quality().grade());
        assertEquals("too short for a backtest (40 values, need 72): used snaive unvalidated",
                m.selection().quality().reason());
        assertEquals(24, m.forecast(24).horizon());
    }

    @Test
    void constantSeriesIsFlatAndUncertain() {
        AutoModel m = auto.fit(TimeSeries.of("idle", new double[200]));
        assertEquals(Grade.UNCERTAIN, m.selection().quality().grade());
        assertTrue(m.selection().quality().reason().startsWith("history is constant at 0.0"));
        assertEquals(0.0, m.forecast(5).mean(4), 0.0);
    }

    @Test
    void everyCandidateFailingYieldsNaiveGradedBadWithTheErrors() {
        ModelSpec broken = new ModelSpec() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public FittedModel fit(TimeSeries series) {
                throw new IllegalStateException("optimizer diverged");
            }
        };
        AutoModel m = auto.withCandidates(List.of(broken)).fit(Synthetic.seasonal("s", 200, 24, 1, 1));
        assertEquals(Grade.BAD, m.selection().quality().grade());
        assertTrue(m.selection().quality().reason().contains("broken: window at cutoff 128: "
                + "java.lang.IllegalStateException: optimizer diverged"), m.selection().quality().reason());
        Forecast fc = m.forecast(3);
        assertEquals(Grade.BAD, fc.quality().grade());
        assertEquals(new NaiveSpec().fit(Synthetic.seasonal("s", 200, 24, 1, 1)).forecast(3).mean(0), fc.mean(0));
    }

    @Test
    void gapsAreFilledForFittingAndReportedWhileResidualsStayMissing() {
        double[] y = Synthetic.seasonal("g", 300, 24, 1, 5).values();
        for (int i = 100; i < 130; i++) {
            y[i] = Double.NaN;
        }
        y[0] = Double.NaN;
        AutoModel m = auto.fit(TimeSeries.of("g", y));
        String reason = m.selection().quality().reason();
        assertTrue(reason.contains("filled 30 of 299 values in 1 gap (longest 30 at index 99) by seasonal"
                + " interpolation (period 24), trimmed 1 missing at the start"), reason);
        assertEquals(300, m.fitted().length);
        assertTrue(Double.isNaN(m.fitted()[0]));
        assertTrue(Double.isNaN(m.residuals()[110]));
    }

    @Test
    void boundsClipMeanAndIntervals() {
        SplittableRandom rnd = new SplittableRandom(9);
        double[] y = new double[300];
        for (int t = 0; t < y.length; t++) {
            y[t] = Math.abs(2 * Synthetic.gaussian(rnd));
        }
        Forecast fc = auto.withBounds(Bounds.NON_NEGATIVE).fit(TimeSeries.of("net", y)).forecast(24);
        double lowest = fc.interval(95).orElseThrow().lower(23);
        assertEquals(0.0, lowest, 0.0, "unbounded, the 95 % lower bound of a near-zero series is negative");
        Forecast free = auto.fit(TimeSeries.of("net", y)).forecast(24);
        assertTrue(free.interval(95).orElseThrow().lower(23) < 0);
    }

    @Test
    void outliersAreCountedInTheGradeWithoutChangingTheData() {
        double[] y = Synthetic.seasonal("spiky", 24 * 20, 24, 1.0, 7).values();
        y[200] += 80;
        y[301] -= 60;
        AutoModel m = auto.fit(TimeSeries.of("spiky", y));
        String reason = m.selection().quality().reason();
        // Each spike also shows one season later, in the difference that leaves it.
        assertTrue(reason.contains("4 outliers beyond 6 robust sd of the seasonal difference, first at index 200"),
                reason);
        assertEquals(Grade.GOOD, m.selection().quality().grade(), reason);
        assertEquals(0, Outliers.find(Synthetic.seasonal("calm", 480, 24, 1.0, 7).values(), 24).length);
    }

    @Test
    void medianEnsembleCombinesTheTopThree() {
        TimeSeries s = Synthetic.seasonal("e", 24 * 10, 24, 1, 11);
        AutoModel m = auto.withEnsemble(new Ensemble(Ensemble.Kind.MEDIAN, 3)).fit(s);
        assertTrue(m.selection().chosen().startsWith("Median of Seasonal naive [24], "), m.selection().chosen());
        assertTrue(m.selection().decision().contains("or option ensemble=none"));
    }
}
