package io.capacity.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.model.baseline.DriftSpec;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.model.prophet.Growth;
import io.capacity.core.model.prophet.ProphetSpec;
import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Issue 19, item 4: a test for each physical bound, each on a series whose unbounded forecast crosses it. */
class BoundedSpecTest {
    private static TimeSeries hourly(String id, double[] v) {
        return new TimeSeries(id, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofHours(1), v);
    }

    /** A series rising by {@code slope} per step from {@code start}, with noise of {@code sd}. */
    private static TimeSeries rising(double start, double slope, double sd, int n) {
        SplittableRandom rng = new SplittableRandom(3);
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = start + slope * t + sd * rng.nextGaussian();
        }
        return hourly("rising", v);
    }

    /** Every mean and interval bound of {@code fc} lies in {@code [lo, hi]}; returns the largest upper bound. */
    private static double assertInside(Forecast fc, double lo, double hi) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < fc.horizon(); i++) {
            assertTrue(fc.mean(i) >= lo && fc.mean(i) <= hi, "mean " + fc.mean(i) + " at step " + i);
            for (PredictionInterval pi : fc.intervals()) {
                assertTrue(pi.lower(i) >= lo && pi.upper(i) <= hi, pi.level() + " % interval [" + pi.lower(i) + ", "
                        + pi.upper(i) + "] at step " + i);
                assertTrue(pi.lower(i) <= fc.mean(i) && fc.mean(i) <= pi.upper(i));
                max = Math.max(max, pi.upper(i));
            }
        }
        return max;
    }

    @Test
    void percentStaysWithinZeroAndHundred() {
        TimeSeries y = rising(60, 0.3, 2, 100);
        Forecast free = new DriftSpec().fit(y).forecast(48, 80, 95);
        assertTrue(free.mean(47) > 100 && free.interval(95).orElseThrow().upper(47) > 100, "unbounded crosses 100");
        Forecast fc = BoundedSpec.of(new DriftSpec(), Bounds.PERCENT).fit(y).forecast(48, 80, 95);
        assertEquals(100, assertInside(fc, 0, 100));
        assertEquals(free.mean(0), fc.mean(0), "inside the bounds nothing moves");
    }

    @Test
    void fractionStaysWithinZeroAndOne() {
        TimeSeries y = rising(0.3, -0.002, 0.05, 100);
        Forecast free = new NaiveSpec().fit(y).forecast(48, 95);
        assertTrue(free.interval(95).orElseThrow().lower(47) < 0, "unbounded interval reaches below 0");
        Forecast fc = BoundedSpec.of(new NaiveSpec(), Bounds.FRACTION).fit(y).forecast(48, 95);
        assertInside(fc, 0, 1);
        assertEquals(0, fc.interval(95).orElseThrow().lower(47));
    }

    @Test
    void ratesAndWattsStayAtOrAboveZero() {
        TimeSeries y = rising(50, -0.6, 3, 80);
        Forecast free = new DriftSpec().fit(y).forecast(48, 80, 95);
        assertTrue(free.mean(47) < 0, "unbounded drift goes negative");
        Forecast fc = BoundedSpec.of(new DriftSpec(), Bounds.NON_NEGATIVE).fit(y).forecast(48, 80, 95);
        assertInside(fc, 0, Double.POSITIVE_INFINITY);
        assertEquals(0, fc.mean(47));
        assertEquals(fc.mean(47), BoundedSpec.of(new DriftSpec(), Bounds.NON_NEGATIVE).forecast(y, 48, 80, 95)
                .mean(47), "one-shot equals fit-then-forecast");
    }

    @Test
    void nameplateCapMakesProphetGrowLogisticallyAndHoldsEveryModelBelowIt() {
        // Watts rising towards a 500 W power supply: the linear trend would cross it within the horizon.
        TimeSeries y = rising(100, 0.8, 5, 240);
        Bounds watts = Bounds.NON_NEGATIVE.withUpper(500);
        ModelSpec capped = BoundedSpec.capped(ProphetSpec.defaults(), watts);
        BoundedSpec bounded = assertInstanceOf(BoundedSpec.class, capped);
        ProphetSpec logistic = assertInstanceOf(ProphetSpec.class, bounded.model());
        assertEquals(Growth.LOGISTIC, logistic.growth());
        assertEquals(500, logistic.saturation().cap()[0]);
        assertEquals(0, logistic.saturation().floor()[0]);
        Forecast linear = ProphetSpec.defaults().fit(y).forecast(300, 95);
        assertTrue(linear.mean(299) > 500, "the linear trend crosses the cap: " + linear.mean(299));
        Forecast fc = capped.fit(y).forecast(300, 80, 95);
        assertInside(fc, 0, 500);
        assertTrue(fc.method().contains("logistic"), fc.method());
        assertTrue(fc.mean(299) < linear.mean(299) && fc.mean(299) <= 500, "the logistic trend bends below the cap: "
                + fc.mean(299));
        assertEquals("prophet", capped.name(), "tagged as the model it bounds");
    }

    @Test
    void automaticChoiceTakesTheBoundsItselfAndItsProphetCandidatesGrowLogistically() {
        AutoSpec auto = ModelCatalog.auto(24, 0, 24);
        ModelSpec bounded = BoundedSpec.capped(auto.withBounds(Bounds.NON_NEGATIVE), Bounds.PERCENT);
        AutoSpec a = assertInstanceOf(AutoSpec.class, bounded);
        assertEquals(Bounds.PERCENT, a.bounds());
        assertTrue(a.candidates().stream().filter(c -> c instanceof ProphetSpec)
                .allMatch(c -> ((ProphetSpec) c).growth() == Growth.LOGISTIC));
        assertSame(auto, BoundedSpec.of(auto, Bounds.NONE));
    }

    @Test
    void boundsReadAndWriteTheirCommandLineForm() {
        assertEquals(Bounds.PERCENT, Bounds.parse("0:100"));
        assertEquals(Bounds.NON_NEGATIVE, Bounds.parse("0:"));
        assertEquals(Bounds.NONE, Bounds.parse(":"));
        assertEquals(new Bounds(-5, 2.5), Bounds.parse(" -5 : 2.5 "));
        assertEquals("0:100", Bounds.PERCENT.text());
        assertEquals("0:", Bounds.NON_NEGATIVE.text());
        assertEquals("0:1", Bounds.FRACTION.text());
        assertThrows(IllegalArgumentException.class, () -> Bounds.parse("100:0"));
        assertThrows(IllegalArgumentException.class, () -> Bounds.parse("0-100"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bounds.parse("a:1"));
        assertTrue(e.getMessage().contains("got 'a:1'"), e.getMessage());
        assertEquals(new Bounds(0, 50), Bounds.PERCENT.intersect(new Bounds(-10, 50)));
    }
}
