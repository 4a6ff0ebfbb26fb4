package io.capacity.planner.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 19 item 5: a power-down needs the forecasts of the recent decisions to agree on the dip. A refit that lowers
 * the bound of the same window for one run does not lower the agreed bound; once every remembered run sees the dip,
 * it is acted on.
 */
class AgreementTest {
    @Test
    void aWindowsAgreedBoundIsTheLargestTheRecentRunsGiveIt() {
        // Blocks of 1 step, three runs remembered, one dimension.
        Agreement a = new Agreement(3, 1);
        a.remember(0, new double[][] {{50, 60, 70, 80, 90}});
        a.remember(1, new double[][] {{55, 40, 40, 40}});
        // Steps [1, 3): run 0 saw 60 and 70 there (its blocks 1 and 2), run 1 its blocks 0 and 1.
        assertArrayEquals(new double[] {70}, a.bound(1, 2, 1), 1e-12);
        a.remember(2, new double[][] {{30, 30, 30}});
        a.remember(3, new double[][] {{30, 30}});
        // Run 0 is forgotten (three remembered): steps [3, 5) now agreed at runs 1, 2 and 3.
        assertArrayEquals(new double[] {40}, a.bound(3, 2, 1), 1e-12);
    }

    @Test
    void aDipOneRunSeesAloneIsNotAgreed() {
        Agreement a = new Agreement(2, 1);
        a.remember(0, new double[][] {{80, 80, 80}});
        a.remember(1, new double[][] {{20, 20}});
        assertArrayEquals(new double[] {80}, a.bound(1, 2, 1), 1e-12, "the run before still needs 80");
        a.remember(2, new double[][] {{20, 20}});
        assertArrayEquals(new double[] {20}, a.bound(2, 1, 1), 1e-12, "both remembered runs see the dip");
        a.clear();
        assertArrayEquals(new double[] {0}, a.bound(2, 1, 1), 1e-12, "nothing remembered after a failed forecast");
    }

    @Test
    void blocksOfSeveralStepsAndEveryDimension() {
        // Decisions every 3 steps: the run at 0 covers steps [3, 6) with its block 1.
        Agreement a = new Agreement(2, 3);
        a.remember(0, new double[][] {{10, 30, 5}, {1, 2, 9}});
        a.remember(3, new double[][] {{20, 4}, {3, 1}});
        assertArrayEquals(new double[] {30, 3}, a.bound(3, 3, 2), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Agreement(0, 1));
    }
}
