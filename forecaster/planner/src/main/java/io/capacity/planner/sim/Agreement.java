package io.capacity.planner.sim;

import java.util.ArrayDeque;

/**
 * The power-off bound the recent forecasts agree on: each decision's bound path (per dimension, one value per decision
 * block ahead) is remembered for {@code runs} decisions, and a window's agreed bound is the largest any of them gives
 * it. A forecast that dips for one run and rises at the next (a refit moving the path) no longer powers a host down
 * only to power it on again; a dip every recent run saw is acted on at once.
 */
final class Agreement {
    private final int runs;
    private final int block;
    private final ArrayDeque<Run> recent = new ArrayDeque<>();

    private record Run(int t, double[][] path) {
    }

    /**
     * @param runs  decisions whose forecasts must agree (the current one included), at least 1
     * @param block steps per decision block
     */
    Agreement(int runs, int block) {
        if (runs < 1 || block < 1) {
            throw new IllegalArgumentException("runs " + runs + " and block " + block + " must be >= 1");
        }
        this.runs = runs;
        this.block = block;
    }

    int runs() {
        return runs;
    }

    /** Remember decision {@code t}'s bound path: {@code path[x][b]} bounds dimension x's peak in block b ahead. */
    void remember(int t, double[][] path) {
        recent.addLast(new Run(t, path));
        while (recent.size() > runs) {
            recent.removeFirst();
        }
    }

    /** Forget every path (a decision without a forecast breaks the agreement). */
    void clear() {
        recent.clear();
    }

    /** Per dimension, the largest bound the remembered runs give steps {@code [t, t + steps)}. */
    double[] bound(int t, int steps, int dims) {
        double[] m = new double[dims];
        for (Run r : recent) {
            int from = (t - r.t) / block;
            int to = (int) Math.ceil((t - r.t + steps) / (double) block);
            for (int x = 0; x < dims; x++) {
                for (int b = from; b < Math.min(to, r.path[x].length); b++) {
                    m[x] = Math.max(m[x], r.path[x][b]);
                }
            }
        }
        return m;
    }
}
