package io.capacity.collectors.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.schema.Point;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CpuTicksTest {
    @Test
    void guestTimeIsTakenOutOfUserAndNiceAsTelegrafDoes() {
        // /proc/stat order: user nice system idle iowait irq softirq steal guest guest_nice; the kernel counts guest
        // inside user and guest_nice inside nice, so 1000 ticks passed in all.
        long[] before = new long[10];
        long[] after = {400, 100, 100, 300, 50, 10, 20, 20, 150, 40};
        Point p = CpuTicks.usage(before, after, new TreeMap<>(), 1L);
        assertEquals(25.0, p.fields().get("usage_user").doubleValue(), 1e-9, "(400 - 150) / 1000");
        assertEquals(6.0, p.fields().get("usage_nice").doubleValue(), 1e-9, "(100 - 40) / 1000");
        assertEquals(15.0, p.fields().get("usage_guest").doubleValue(), 1e-9);
        assertEquals(4.0, p.fields().get("usage_guest_nice").doubleValue(), 1e-9);
        assertEquals(30.0, p.fields().get("usage_idle").doubleValue(), 1e-9);
        assertEquals(100.0, p.fields().values().stream().mapToDouble(Number::doubleValue).sum(), 1e-9);
    }

    @Test
    void oshiTicksMapIntoProcStatOrderWithoutGuest() {
        long[] oshi = {1, 2, 3, 4, 5, 6, 7, 8}; // OSHI: USER NICE SYSTEM IDLE IOWAIT IRQ SOFTIRQ STEAL
        long[] t = CpuTicks.fromOshi(oshi);
        assertEquals(10, t.length);
        assertEquals(1, t[0]);
        assertEquals(8, t[7]);
        assertEquals(0, t[8]);
    }
}
