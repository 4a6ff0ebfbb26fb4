package io.capacity.planner.schedule;

import io.capacity.planner.Fixtures;
import io.capacity.planner.inventory.HostState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DrawTest {
    private static final LocalDate BOUGHT = LocalDate.of(2022, 1, 1);

    /** Three R640s (56 cores) and one PE2950 (8 cores); watts per core puts the PE2950 last. */
    private static Fleet fleet() {
        return new Fleet(List.of(Fixtures.MODERN.host("a", "c", BOUGHT, HostState.ON),
                Fixtures.MODERN.host("b", "c", BOUGHT, HostState.ON),
                Fixtures.MODERN.host("c", "c", BOUGHT, HostState.ON),
                Fixtures.OLD.host("p", "c", BOUGHT, HostState.ON)), 0.5);
    }

    @Test
    void aThirdR640AtLowerLoadDrawsLessThanTwoNearlyFull() {
        Fleet f = fleet();
        assertEquals("p", f.host(3).id());
        Draw d = new Draw(f);
        d.add(0, +1);
        d.add(1, +1);
        // 100 cores on 112: 89.3 % load, 357 + 0.929 x 64 = 416.43 W each, 832.86 W. On 168: 59.5 %,
        // 232 + 0.952 x 29 = 259.62 W each, 778.86 W; the third host no longer draws its 8 W standby.
        assertEquals(778.857142857 - 832.857142857 - 8, d.change(2, +1, 100), 1e-6);
        // At 40 cores it costs: on 112 cores 35.7 % load, 176 + 0.571 x 26 = 190.86 W each; on 168 cores 23.8 %,
        // 151 + 0.381 x 25 = 160.52 W each: 481.57 - 381.71 - 8 = +91.86 W.
        assertEquals(3 * (151 + 25 * 0.380952381) - 2 * (176 + 26 * 0.571428571) - 8, d.change(2, +1, 40), 1e-6);
    }

    @Test
    void mixedCurvesShareTheLoadByCapacity() {
        Draw d = new Draw(fleet());
        d.add(0, +1);
        d.add(1, +1);
        d.add(3, +1);
        // 100 cores on 120: 83.3 % load; R640 357 + 0.333 x 64 = 378.33 W, PE2950 242 + 0.333 x 7 = 244.33 W:
        // 1,001.0 W. Without the PE2950: 832.86 W plus its 6 W standby.
        assertEquals(832.857142857 + 6 - 1001.0, d.change(3, -1, 100), 1e-6);
        // An R640 less leaves 64 cores for 100: it cannot go.
        assertEquals(Double.POSITIVE_INFINITY, d.change(0, -1, 100));
    }
}
