package io.capacity.core.planner.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarginTest {
    @Test
    void aQuantileIgnoresOneFreakMissButTheWorstMustStayWithinCapacity() {
        Margin m = new Margin(100, 0.9, 0.8);
        assertEquals(0, m.value(), "no evidence yet");
        for (int i = 0; i < 99; i++) {
            m.observe(90, 100);  // the bound held with 10 % to spare
        }
        m.observe(110, 100);  // one miss by 10 %
        // Quantile tier: 0.9 - 1 = -0.1; worst tier: 1.1 * 0.8 - 1 = -0.12; the margin tightens the bound by 10 %.
        assertEquals(-0.1, m.value(), 1e-12);
        m.observe(200, 100);  // a spike twice the bound: 2 * 0.8 - 1 keeps it within the powered capacity
        assertEquals(0.6, m.value(), 1e-12);
    }

    @Test
    void withFewMissesTheRankIsTheWorst() {
        Margin m = new Margin(168, 0.9, 1.0);
        m.observe(105, 100);
        m.observe(90, 100);
        assertEquals(0.05, m.value(), 1e-12);
    }

    @Test
    void forgetsMissesOutsideTheWindow() {
        Margin m = new Margin(2, 1, 1.0);
        m.observe(150, 100);
        m.observe(100, 100);
        m.observe(100, 100);
        assertEquals(0, m.value(), 1e-12);
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Margin(0, 0.9, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new MarginRule(true, java.time.Duration.ofDays(1), 0));
    }
}
