package io.capacity.core.forecast;

import io.capacity.core.fixtures.Synthetic;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every model passes (GUIDE habit 3). A model's test extends this class and supplies its specs; it may
 * override the series, horizon and short length. Each property runs once per spec as a dynamic test named
 * {@code spec-name: property}.
 */
public abstract class ModelContract {
    /** The specs under test; each must fit {@link #series()}, a constant series and a short series. */
    protected abstract List<ModelSpec> specs();

    /** A timestamped, seasonal (period 24) hourly series of 240 values; override to test on other data. */
    protected TimeSeries series() {
        return Synthetic.seasonal("contract", 240, 24, 2.0, 42);
    }

    protected int horizon() {
        return 30;
    }

    /** Length of the short series every spec must still fit: the head of {@link #series()}. */
    protected int shortLength() {
        return 50;
    }

    /** How far a constant series' point forecast may stray from the constant (relative). */
    protected double constantTolerance() {
        return 1e-6;
    }

    @TestFactory
    Stream<DynamicTest> oneShotEqualsFitThenForecast() {
        return each("one-shot equals fit-then-forecast", spec -> ContractAsserts.assertSameForecast(
                spec.fit(series()).forecast(horizon(), 80, 95), spec.forecast(series(), horizon(), 80, 95)));
    }

    @TestFactory
    Stream<DynamicTest> lengthsAreRight() {
        return each("lengths are right", spec -> {
            FittedModel model = spec.fit(series());
            Forecast fc = model.forecast(horizon(), 95, 80);
            int n = series().size();
            assertEquals(horizon(), fc.horizon());
            assertEquals(List.of(80.0, 95.0), fc.intervals().stream().map(PredictionInterval::level).toList());
            assertEquals(n, model.fitted().length, "fitted length");
            assertEquals(n, model.residuals().length, "residuals length");
            assertEquals(n, fc.fitted().length, "forecast.fitted length");
            assertEquals(n, fc.residuals().length, "forecast.residuals length");
            assertEquals(1, model.forecast(1).horizon());
        });
    }

    @TestFactory
    Stream<DynamicTest> residualsAreObservedMinusFitted() {
        return each("residuals = observed - fitted", spec -> {
            FittedModel model = spec.fit(series());
            double[] f = model.fitted();
            double[] r = model.residuals();
            for (int i = 0; i < f.length; i++) {
                if (Double.isNaN(f[i])) {
                    assertTrue(Double.isNaN(r[i]), "residual " + i + " should be NaN where fitted is");
                } else {
                    assertEquals(series().value(i) - f[i], r[i], 1e-9 * (1 + Math.abs(f[i])), "residual " + i);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> intervalsBracketTheMean() {
        return each("lower <= mean <= upper", spec -> ContractAsserts.assertBracketed(
                spec.fit(series()).forecast(horizon(), 80, 95)));
    }

    @TestFactory
    Stream<DynamicTest> eightyInsideNinetyFive() {
        return each("80 % inside 95 %", spec -> ContractAsserts.assertNested(
                spec.fit(series()).forecast(horizon(), 80, 95)));
    }

    @TestFactory
    Stream<DynamicTest> deterministic() {
        return each("deterministic under a seed", spec -> ContractAsserts.assertSameForecast(
                spec.fit(series()).forecast(horizon()), spec.fit(series()).forecast(horizon())));
    }

    @TestFactory
    Stream<DynamicTest> returnedArraysAreCopies() {
        return each("returned arrays are copies", spec -> {
            FittedModel model = spec.fit(series());
            Forecast before = model.forecast(horizon());
            Arrays.fill(model.fitted(), -1);
            Arrays.fill(model.residuals(), -1);
            Forecast fc = model.forecast(horizon());
            Arrays.fill(fc.mean(), -1);
            Arrays.fill(fc.fitted(), -1);
            Arrays.fill(fc.intervals().get(0).lower(), -1);
            Arrays.fill(fc.intervals().get(0).upper(), -1);
            ContractAsserts.assertSameForecast(before, fc);
            ContractAsserts.assertSameForecast(before, model.forecast(horizon()));
        });
    }

    @TestFactory
    Stream<DynamicTest> timestampsContinueFromTheEnd() {
        return each("timestamps continue from the series end", spec -> {
            TimeSeries s = series();
            Forecast fc = spec.fit(s).forecast(horizon());
            assertEquals(s.step(), fc.step());
            assertEquals(s.timeAt(s.size()), fc.start());
            assertEquals(s.timeAt(s.size() + horizon() - 1), fc.timeAt(horizon() - 1));
            assertEquals(s.id(), fc.seriesId());
            TimeSeries bare = TimeSeries.of("bare", s.values());
            assertNull(spec.fit(bare).forecast(horizon()).start());
        });
    }

    @TestFactory
    Stream<DynamicTest> constantSeries() {
        return each("works on a constant series", spec -> {
            double c = 42.5;
            double[] y = new double[series().size()];
            Arrays.fill(y, c);
            Forecast fc = spec.fit(series().withValues(y)).forecast(horizon());
            ContractAsserts.assertBracketed(fc);
            ContractAsserts.assertNested(fc);
            assertArrayEquals(filled(horizon(), c), fc.mean(), constantTolerance() * c);
        });
    }

    @TestFactory
    Stream<DynamicTest> shortSeries() {
        return each("works on a short series", spec -> {
            Forecast fc = spec.fit(series().head(shortLength())).forecast(horizon());
            assertEquals(horizon(), fc.horizon());
            assertEquals(shortLength(), fc.fitted().length);
            ContractAsserts.assertBracketed(fc);
            ContractAsserts.assertNested(fc);
        });
    }

    @TestFactory
    Stream<DynamicTest> rejectsNonPositiveHorizon() {
        return each("rejects horizon 0", spec -> assertThrows(IllegalArgumentException.class,
                () -> spec.fit(series()).forecast(0)));
    }

    private Stream<DynamicTest> each(String property, ThrowingConsumer<ModelSpec> check) {
        return specs().stream().map(spec -> DynamicTest.dynamicTest(spec.name() + ": " + property,
                () -> check.accept(spec)));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
