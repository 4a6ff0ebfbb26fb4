package io.capacity.planner.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The off times (steps) the replay calibrates its power-off window at: the minimum off time, then doubling up to the
 * longest the break-even rule may ask for. An off time between two rungs is judged over the longer rung's window,
 * with that window's own calibration; without the break-even rule the ladder is the minimum off time alone.
 */
final class OffLadder {
    private final int[] rungs;

    OffLadder(int minOff, int longest) {
        List<Integer> r = new ArrayList<>(List.of(minOff));
        for (int n = minOff; n < longest; ) {
            n = Math.min(longest, Math.max(2 * n, n + 1));
            r.add(n);
        }
        rungs = r.stream().mapToInt(Integer::intValue).toArray();
    }

    int size() {
        return rungs.length;
    }

    /** Off time of rung {@code j}, in steps. */
    int at(int j) {
        return rungs[j];
    }

    /** The rung an off time of {@code n} steps is judged at: the first at least as long (the last if none is). */
    int rung(int n) {
        for (int j = 0; j < rungs.length; j++) {
            if (rungs[j] >= n) {
                return j;
            }
        }
        return rungs.length - 1;
    }
}
