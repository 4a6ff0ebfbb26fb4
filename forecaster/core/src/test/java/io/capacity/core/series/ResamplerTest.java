package io.capacity.core.series;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResamplerTest {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void meanPerBucketAlignedToTheStepWithEmptyBucketsAsNaN() {
        // Unsorted input; bucket 10:00 holds 1 and 3, 10:05 is empty, 10:10 holds 7 (NaN readings are ignored).
        Instant[] t = {at(7), at(1), at(11), at(3), at(12)};
        double[] v = {7.5, 1, 7, 3, Double.NaN};
        TimeSeries s = Resampler.resample("cpu", t, v, Duration.ofMinutes(5), Aggregation.MEAN);
        assertEquals(at(0), s.start());
        assertArrayEquals(new double[]{2, 7.5, 7}, s.values());
    }

    @Test
    void lastTakesTheLatestReadingInEachBucket() {
        Instant[] t = {at(4), at(1), at(9), at(6)};
        double[] v = {40, 10, 90, 60};
        TimeSeries s = Resampler.resample("ctr", t, v, Duration.ofMinutes(5), Aggregation.LAST);
        assertArrayEquals(new double[]{40, 90}, s.values());
    }

    @Test
    void emptyBucketsBecomeNaN() {
        Instant[] t = {at(0), at(20)};
        TimeSeries s = Resampler.resample("x", t, new double[]{1, 2}, Duration.ofMinutes(5), Aggregation.MEAN);
        assertEquals(5, s.size());
        assertEquals(3, java.util.Arrays.stream(s.values()).filter(Double::isNaN).count());
    }

    @Test
    void rejectsMismatchedLengthsNamingThem() {
        var e = assertThrows(IllegalArgumentException.class, () -> Resampler.resample("x",
                new Instant[]{T0}, new double[]{1, 2}, Duration.ofMinutes(1), Aggregation.MEAN));
        assertEquals("series x: 1 timestamps but 2 values", e.getMessage());
    }
}
