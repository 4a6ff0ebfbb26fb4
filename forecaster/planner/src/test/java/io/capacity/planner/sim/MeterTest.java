package io.capacity.planner.sim;

import io.capacity.planner.power.PowerCatalogue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeterTest {
    @Test
    void shortfallIsDemandAbovePoweredCapacityAndTargetBreachIsAboveTheHeadroom() {
        Meter m = new Meter(10, 0.8, 4);
        m.record(0, 3.9, 5, 5);  // 78 % of 5 booted hosts: neither
        m.record(1, 4.5, 5, 5);  // 90 %: served, but past the 80 % target
        m.record(2, 5.5, 5, 6);  // above the 5 booted hosts (the sixth is still booting): not served
        m.record(3, 5.0, 5, 5);  // exactly full: served
        assertEquals(1, m.shortfallSteps());
        assertEquals(3, m.targetBreachSteps());
        assertEquals(2, m.firstPowered(5));  // six hosts powered at once, the sixth still booting
    }

    @Test
    void bootingHostsDrawIdleAndOffHostsStandby() {
        var c = PowerCatalogue.builtIn().resolve(PowerCatalogue.OLD);
        Meter m = new Meter(4, 0.8, 1);
        m.record(0, 1.0, 2, 3);
        assertEquals(2 * c.watts(0.5) + c.idleWatts() + c.standbyWatts(), m.watts(c)[0], 1e-9);
    }

    @Test
    void firstPoweredIsTheStepWhenThatManyHostsWereFirstOnAtOnce() {
        Meter m = new Meter(8, 0.8, 4);
        m.record(0, 1, 3, 3);
        m.record(1, 1, 3, 5);  // two booting hosts count: they were bought to be powered
        m.record(2, 1, 4, 4);
        m.record(3, 1, 6, 6);
        int[] expected = {0, 0, 0, 1, 1, 3, -1, -1};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], m.firstPowered(k), "host " + (k + 1));
        }
    }
}
