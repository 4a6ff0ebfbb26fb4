package io.capacity.planner.schedule;

/**
 * The k largest capacities among powered hosts per dimension (what an N+k plan must survive losing), with the
 * (k+1)-th kept so "without host i" is O(k) instead of a rescan.
 */
final class TopK {
    private final Fleet fleet;
    private final int k;
    private final int[][] idx;
    private final double[] sums;
    private final double[] next;

    TopK(Fleet fleet, int k) {
        this.fleet = fleet;
        this.k = k;
        idx = new int[Fleet.DIMS.length][k + 1];
        sums = new double[Fleet.DIMS.length];
        next = new double[Fleet.DIMS.length];
    }

    void recompute(boolean[] on) {
        for (int d = 0; d < Fleet.DIMS.length; d++) {
            int[] best = idx[d];
            java.util.Arrays.fill(best, -1);
            for (int i = 0; i < on.length; i++) {
                if (!on[i]) {
                    continue;
                }
                double c = fleet.cap(i, d);
                for (int j = 0; j <= k; j++) {
                    if (best[j] < 0 || c > fleet.cap(best[j], d)) {
                        System.arraycopy(best, j, best, j + 1, k - j);
                        best[j] = i;
                        break;
                    }
                }
            }
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += best[j] < 0 ? 0 : fleet.cap(best[j], d);
            }
            sums[d] = s;
            next[d] = best[k] < 0 ? 0 : fleet.cap(best[k], d);
        }
    }

    double sum(int d) {
        return sums[d];
    }

    /** The k largest without host {@code i}: host i's place, if it has one, goes to the (k+1)-th. */
    double sumWithout(int d, int i) {
        for (int j = 0; j < k; j++) {
            if (idx[d][j] == i) {
                return sums[d] - fleet.cap(i, d) + next[d];
            }
        }
        return sums[d];
    }
}
