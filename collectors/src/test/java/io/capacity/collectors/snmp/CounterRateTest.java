package io.capacity.collectors.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CounterRateTest {
    private static final long S = 1_000_000_000L;
    private static final double GBIT = 1e9 / 8 * 1.2;

    @Test
    void rateUsesDeviceUptimeNotWallClock() {
        CounterRate r = new CounterRate();
        assertTrue(Double.isNaN(r.update(1_000, 10_000, 0, GBIT)), "first reading has no rate");
        // 10 s of device time, but our poll was 3 s late: the rate must follow the device.
        assertEquals(500.0, r.update(6_000, 11_000, 13 * S, GBIT), 1e-9);
    }

    @Test
    void wrapAt2Pow64IsAcceptedWhenPlausibleForTheLinkSpeed() {
        CounterRate r = new CounterRate();
        long nearTop = -1_000L; // 2^64 - 1000 as an unsigned value
        r.update(nearTop, 0, 0, GBIT);
        assertEquals(300.0, r.update(2_000, 1_000, 10 * S, GBIT), 1e-9, "1000 to the top + 2000 after, in 10 s");
    }

    @Test
    void backwardsCounterThatWouldBeAnImplausibleWrapIsAResetNotASpike() {
        CounterRate r = new CounterRate();
        r.update(5_000_000_000L, 0, 0, GBIT);
        assertTrue(Double.isNaN(r.update(1_000, 1_000, 10 * S, GBIT)));
        assertEquals(100.0, r.update(2_000, 2_000, 20 * S, GBIT), 1e-9, "baseline restarted at the reset");
        CounterRate unknownSpeed = new CounterRate();
        unknownSpeed.update(-1_000L, 0, 0, 0);
        assertTrue(Double.isNaN(unknownSpeed.update(10, 1_000, 10 * S, 0)), "no speed: cannot tell a wrap");
    }

    @Test
    void a32BitCounterWrapsAt2Pow32() {
        CounterRate r = new CounterRate(32);
        r.update(4_294_967_000L, 0, 0, GBIT);
        assertEquals(100.0, r.update(704, 1_000, 10 * S, GBIT), 1e-9, "296 to the top + 704 after, in 10 s");
        CounterRate wide = new CounterRate();
        wide.update(4_294_967_000L, 0, 0, GBIT);
        assertTrue(Double.isNaN(wide.update(704, 1_000, 10 * S, GBIT)), "a 64-bit counter does not wrap there");
    }

    @Test
    void aDiscontinuityRestartsTheBaseline() {
        CounterRate r = new CounterRate();
        r.update(1_000, 0, 0, GBIT);
        r.restart();
        assertTrue(Double.isNaN(r.update(50_000, 1_000, 10 * S, GBIT)), "no rate across a discontinuity");
        assertEquals(10.0, r.update(50_100, 2_000, 20 * S, GBIT), 1e-9);
    }

    @Test
    void rebootResetsWithoutASpike() {
        CounterRate r = new CounterRate();
        r.update(9_000_000L, 500_000, 0, GBIT);
        // Device rebooted: uptime 3 s, counters restarted; the wall clock says 60 s passed.
        assertTrue(Double.isNaN(r.update(4_000, 300, 60 * S, GBIT)));
        assertEquals(600.0, r.update(10_000, 1_300, 70 * S, GBIT), 1e-9);
    }

    @Test
    void uptimeWrapAt2Pow32IsNotTakenForAReboot() {
        CounterRate r = new CounterRate();
        long top = 4_294_967_296L - 500; // 5 s before sysUpTime wraps (497 days)
        r.update(1_000, top, 0, GBIT);
        assertEquals(100.0, r.update(2_000, 500, 10 * S, GBIT), 1e-9);
    }
}
