package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0);

    @Test
    void delaysGrowExponentiallyWithinHalfToFullOfTheCap() {
        Random r = new Random(7);
        long[] caps = {100, 200, 400, 800, 1600, 2000, 2000};
        for (int attempt = 0; attempt < caps.length; attempt++) {
            long d = b.delay(attempt, r).toMillis();
            assertTrue(d >= caps[attempt] / 2 && d <= caps[attempt], "attempt " + attempt + ": " + d);
        }
    }

    @Test
    void sameSeedSameDelays() {
        assertEquals(b.delay(3, new Random(42)), b.delay(3, new Random(42)));
    }

    @Test
    void jitterSpreadsAgents() {
        Random r = new Random(1);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 1000; i++) {
            long d = b.delay(10, r).toMillis();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertTrue(min < 1100 && max > 1900, min + ".." + max);
    }

    @Test
    void invalidSpecsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5));
    }
}
