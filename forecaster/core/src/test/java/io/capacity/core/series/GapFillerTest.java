package io.capacity.core.series;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapFillerTest {
    private static final double NaN = Double.NaN;
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void linearFillsInteriorGapsTrimsLeadingCarriesTrailingAndReportsIt() {
        TimeSeries s = new TimeSeries("s", T0, Duration.ofHours(1),
                new double[]{NaN, NaN, 1, NaN, NaN, NaN, 5, 6, NaN, 8, NaN, NaN});
        Filled f = GapFiller.linear(s);
        assertArrayEquals(new double[]{1, 2, 3, 4, 5, 6, 7, 8, 8, 8}, f.series().values(), 1e-12);
        assertEquals(T0.plus(Duration.ofHours(2)), f.series().start(), "start moves past the trimmed values");
        assertEquals(new GapReport(10, 6, 2, 3, 1, 2, 2, "linear interpolation"), f.report());
        assertEquals("filled 6 of 10 values in 2 gaps (longest 3 at index 1) by linear interpolation, "
                + "last 2 carried forward, trimmed 2 missing at the start", f.report().summary());
    }

    @Test
    void cleanSeriesIsUnchanged() {
        TimeSeries s = TimeSeries.of("c", 1, 2, 3);
        Filled f = GapFiller.linear(s);
        assertEquals(s, f.series());
        assertTrue(f.report().clean());
        assertEquals("no gaps in 3 values", f.report().summary());
    }

    @Test
    void seasonalFillKeepsTheShapeOfTheMissingCycle() {
        // Period 4 with profile {0, 10, 0, -10} on a flat level of 100; the whole second cycle is missing.
        double[] y = {100, 110, 100, 90, NaN, NaN, NaN, NaN, 100, 110, 100, 90};
        Filled f = GapFiller.seasonal(TimeSeries.of("d", y), 4);
        assertArrayEquals(new double[]{100, 110, 100, 90, 100, 110, 100, 90, 100, 110, 100, 90},
                f.series().values(), 1e-9);
        assertEquals(4, f.report().longestGap());
        double[] linear = GapFiller.linear(TimeSeries.of("d", y)).series().values();
        assertEquals(92, linear[4], 1e-9, "linear alone would draw a straight line from 90 to 100");
    }

    @Test
    void allMissingIsAnError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GapFiller.linear(TimeSeries.of("z", NaN, NaN)));
        assertEquals("series z has no finite value among 2 to fill gaps from", e.getMessage());
    }
}
