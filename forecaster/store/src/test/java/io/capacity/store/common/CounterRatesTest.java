package io.capacity.store.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesData;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CounterRatesTest {
    private static final SeriesKey KEY = SeriesKey.of("net", Map.of("host", "a"), "bytes_recv");

    @Test
    void increasesDivideBySecondsAndAreLabelledWithTheLaterPoint() {
        SeriesData rates = CounterRates.of(new SeriesData(KEY, new long[] {0, 2_000_000_000L, 2_500_000_000L},
                new double[] {10, 30, 31}));
        assertArrayEquals(new long[] {2_000_000_000L, 2_500_000_000L}, rates.timesNanos());
        assertArrayEquals(new double[] {10, 2}, rates.values());
    }

    @Test
    void wrapsAt32BitsOnlyFromTheTopQuarter() {
        assertEquals(296 + 4000, CounterRates.increase(4_294_967_000.0, 4000));
        double lowestWrap = 0.75 * CounterRates.TWO_32;
        assertEquals(CounterRates.TWO_32 - lowestWrap + 5, CounterRates.increase(lowestWrap, 5));
        assertTrue(Double.isNaN(CounterRates.increase(lowestWrap - 1, 5)), "below the top quarter: reset");
    }

    @Test
    void wrapsAt64BitsAboveThe32BitRange() {
        double prev = CounterRates.TWO_64 - 8192;
        assertEquals(8192 + 100, CounterRates.increase(prev, 100));
        assertTrue(Double.isNaN(CounterRates.increase(CounterRates.TWO_32 * 2, 5)), "middle of 64-bit range: reset");
        assertTrue(Double.isNaN(CounterRates.increase(CounterRates.TWO_32 + 1, 5)), "just above 2^32: reset");
    }

    @Test
    void aResetDropsOnlyItsOwnInterval() {
        SeriesData rates = CounterRates.of(new SeriesData(KEY, new long[] {0, 1_000_000_000L, 2_000_000_000L,
                3_000_000_000L}, new double[] {500, 600, 50, 80}));
        assertArrayEquals(new long[] {1_000_000_000L, 3_000_000_000L}, rates.timesNanos());
        assertArrayEquals(new double[] {100, 30}, rates.values());
    }

    @Test
    void fewerThanTwoPointsHaveNoRate() {
        assertEquals(0, CounterRates.of(new SeriesData(KEY, new long[] {5}, new double[] {1})).size());
        assertEquals(0, CounterRates.of(new SeriesData(KEY, new long[0], new double[0])).size());
    }
}
