package io.capacity.store.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesData;
import io.capacity.store.WindowAggregation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowsTest {
    private static final SeriesKey KEY = SeriesKey.of("m", Map.of(), "f");

    @Test
    void nearestRankMatchesInfluxDbsIndexRule() {
        assertEquals(0, NearestRank.index(1, 95));
        assertEquals(6, NearestRank.index(7, 95), "floor(7.15) - 1");
        assertEquals(9, NearestRank.index(10, 95), "floor(10.0) - 1: the borderline case rounds up");
        assertEquals(18, NearestRank.index(20, 95));
        assertEquals(-1, NearestRank.index(0, 95));
        assertEquals(-1, NearestRank.index(1, 10), "floor(0.6) - 1 < 0: InfluxDB returns nothing");
    }

    @Test
    void windowsAreEpochAlignedAlsoBeforeNineteenSeventy() {
        long s = 1_000_000_000L;
        SeriesData d = new SeriesData(KEY, new long[] {-61 * s, -59 * s, 1 * s, 59 * s, 130 * s},
                new double[] {1, 2, 3, 4, 5});
        SeriesData sum = Windows.aggregate(d, Duration.ofMinutes(1), WindowAggregation.SUM);
        assertArrayEquals(new long[] {-120 * s, -60 * s, 0, 120 * s}, sum.timesNanos());
        assertArrayEquals(new double[] {1, 2, 7, 5}, sum.values());
        assertArrayEquals(new double[] {1, 2, 4, 5},
                Windows.aggregate(d, Duration.ofMinutes(1), WindowAggregation.LAST).values());
    }
}
